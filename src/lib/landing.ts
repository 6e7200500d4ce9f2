/** What to highlight when a link lands on an element: its row, its table, or the section heading itself. */
export function landingTarget(element: HTMLElement): HTMLElement {
  if (element.dataset.aliasFor) {
    const real = document.getElementById(element.dataset.aliasFor);
    if (real) return landingTarget(real);
  }
  if (element.tagName === 'TR') return element;
  if (element.tagName === 'TABLE') return (element.closest('section') as HTMLElement | null) ?? element;
  return (element.closest('tr') as HTMLElement | null) ?? element;
}

/**
 * Brings a landed element into view below the navbar. A row of a table laid out as a table (not as
 * the phone's cards, whose cells carry their own labels) comes with its table's caption and header
 * row when they fit on the screen with it, else with the header row alone: figures without their
 * column names say nothing. A row too far down for either lands at the top, as any other element.
 */
export function scrollToLanded(element: HTMLElement): void {
  const row = landingTarget(element);
  const table = row.tagName === 'TR' ? row.closest('table') : null;
  const head = table?.tHead;
  if (table && head && getComputedStyle(head).display === 'table-header-group') {
    // Below the navbar, as every anchor lands (custom.css, scroll-margin-top).
    const below = Number.parseFloat(getComputedStyle(row).scrollMarginTop) || 0;
    const { bottom } = row.getBoundingClientRect();
    for (const top of [table, head]) {
      const by = top.getBoundingClientRect().top - below;
      if (bottom - by <= window.innerHeight) {
        window.scrollBy(0, by);
        return;
      }
    }
  }
  element.scrollIntoView({ block: 'start' });
}

/**
 * Moves the keyboard's focus to what a link within the site landed on, so that the next Tab goes on
 * from there and a screen reader reads it. The browser does so for a page opened at an #anchor, and
 * Docusaurus moves focus to the page's top for a link without one, but a link with one (an erratum
 * mark, a teacher's row, a search result) left focus on the link that was gone with its page: the
 * next Tab started again at the top of the page. Focusable for the moment only (tabindex -1, taken
 * off once focus leaves): a click inside a row later must not focus the whole row.
 */
export function focusLanded(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: true });
}

/**
 * The element a shared link landed on, from the landing (clientModules/landing) until the reader
 * moves on. Kept here, apart from the client module, so that a table can bring it back into view.
 */
let landed: HTMLElement | undefined;

export function setLanded(element: HTMLElement | undefined): void {
  landed = element;
}

/**
 * Scrolls the landed element back into view, unless the reader has moved on. A link may carry a
 * table's view as well as a row (`?prune-coco.sort=gflops#prune-coco-…`): the landing scrolls to the
 * row before the table applies that view, and a sort or a filter then moves the row, or rows above it.
 */
export function keepLanded(): void {
  if (landed?.isConnected) scrollToLanded(landed);
}
