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
