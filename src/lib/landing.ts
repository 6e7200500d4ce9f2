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
 * Moves the keyboard's focus to what a followed link landed on, so that the next Tab goes on from
 * there and a screen reader reads it. For a page opened at an #anchor the browser starts the next
 * Tab there itself, and Docusaurus moves focus to the page's top after a link without one; after a
 * link with one (an erratum mark, a teacher's row) focus stayed on the link, gone
 * with its page, and the next Tab started again at the top.
 *
 * Focusable for the moment only (tabindex -1): taken off once focus has moved elsewhere, so that a
 * click in a row later does not focus the whole row; kept while the window alone lost focus (the
 * element is still the page's active one, and taking it off would drop focus to the page's start);
 * taken off at once if the element could not take focus (hidden).
 */
export function focusLanded(target: HTMLElement): void {
  const added = !target.hasAttribute('tabindex');
  if (added) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  if (!added) return;
  if (document.activeElement !== target) {
    target.removeAttribute('tabindex');
    return;
  }
  const off = () => {
    if (document.activeElement === target) return;
    target.removeAttribute('tabindex');
    target.removeEventListener('blur', off);
  };
  target.addEventListener('blur', off);
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
