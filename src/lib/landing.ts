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
  if (landed?.isConnected) landed.scrollIntoView({ block: 'start' });
}
