/**
 * Docusaurus prefetches a link's page as the link scrolls into view, and preloads it on hover
 * (`window.docusaurus.prefetch` / `preload`), keyed by the link's whole target. A link to an
 * anchor on another page (`/errata#erratum-…`, a teacher's row) then counts as a page of its own:
 * its path matches no route with the `#…` still on it, so Docusaurus fetched the docs layout's
 * chunks and the Overview page's instead of the errata page's, and did so again for each of the
 * 17 erratum marks on /pruning, 21 `<link rel=prefetch>` each, in the middle of a sort or a scroll.
 * Keyed by its path alone, a page is fetched once, and the right page.
 *
 * A prefetch also waits for the main thread to be idle. Docusaurus adds a `<link>` for every chunk
 * of the page, some 20 for a docs page, from the callback that reports the link in view; when a
 * sort brings a link into view, that was ~25 ms of a phone's main thread (4× CPU) right after the
 * click, before the reader's next tap could be answered. A preload (hover, touch) is the reader's
 * intent and goes at once.
 *
 * Installed on the first route update (which Docusaurus also runs on the first load), before any
 * link's visibility is reported: window.docusaurus is set after client modules are evaluated.
 */
/** `/errata#erratum-x` and `/pruning?sort=…` → `/errata`, `/pruning`. */
function pagePath(to: string): string {
  return to.replace(/[?#].*$/, '') || to;
}

/** Safari has no requestIdleCallback: a short timeout still runs after the click's frame. */
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

let installed = false;

export function onRouteDidUpdate(): void {
  if (installed) return;
  const { prefetch, preload } = window.docusaurus;
  window.docusaurus = Object.freeze({
    // Docusaurus itself prefetches a path once (and declines on a slow connection or Save-Data).
    prefetch: (to: string) => {
      whenIdle(() => prefetch(pagePath(to)));
      return false as const;
    },
    preload: (to: string) => preload(pagePath(to)),
  });
  installed = true;
}
