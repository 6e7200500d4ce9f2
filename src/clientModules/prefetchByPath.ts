/**
 * Docusaurus prefetches a link's page as the link scrolls into view, and preloads it on hover
 * (`window.docusaurus.prefetch` / `preload`), keyed by the link's whole target. A link to an
 * anchor on another page (`/errata#erratum-…`, a teacher's row) then counts as a page of its own:
 * its path matches no route with the `#…` still on it, so Docusaurus fetched the docs layout's
 * chunks and the Overview page's instead of the errata page's, and did so again for each of the
 * 17 erratum marks on /pruning, 21 `<link rel=prefetch>` each, in the middle of a sort or a scroll.
 * Keyed by its path alone, a page is fetched once, and the right page.
 *
 * Installed on the first route update (which Docusaurus also runs on the first load), before any
 * link's visibility is reported: window.docusaurus is set after client modules are evaluated.
 */
/** `/errata#erratum-x` and `/pruning?sort=…` → `/errata`, `/pruning`. */
function pagePath(to: string): string {
  return to.replace(/[?#].*$/, '') || to;
}

let installed = false;

export function onRouteDidUpdate(): void {
  if (installed) return;
  const { prefetch, preload } = window.docusaurus;
  window.docusaurus = Object.freeze({
    prefetch: (to: string) => prefetch(pagePath(to)),
    preload: (to: string) => preload(pagePath(to)),
  });
  installed = true;
}
