/**
 * Switching language keeps the page's view. A table's sort and filters live in the address's query,
 * written past the router (components/BenchmarkTable/useTableView.ts) so that a sort renders only
 * its table. The theme builds its language links from the router's location, which never saw those
 * writes, so the other language's page opened in upstream order, unfiltered.
 *
 * As a reader reaches for a language link (pointer, touch, keyboard focus, context menu for "copy
 * link"), the link takes the address's query and #anchor as they are at that moment. Installed on
 * the first route update, which Docusaurus runs on the first load too; listening on the document,
 * it covers the navbar's menu and the phone's sidebar, whenever React renders them.
 */
const REACH = ['pointerdown', 'focusin', 'contextmenu', 'click'] as const;

/** The theme's language links: same-window links with the page's language on them, in the navbar. */
function languageLink(target: EventTarget | null): HTMLAnchorElement | null {
  const link = target instanceof Element ? target.closest('a[lang][target="_self"]') : null;
  return link instanceof HTMLAnchorElement && link.closest('.navbar, .navbar-sidebar') ? link : null;
}

function keepView(event: Event): void {
  const link = languageLink(event.target);
  if (!link) return;
  const url = new URL(link.href, window.location.href);
  if (url.search === window.location.search && url.hash === window.location.hash) return;
  url.search = window.location.search;
  url.hash = window.location.hash;
  link.setAttribute(
    'href',
    url.origin === window.location.origin ? `${url.pathname}${url.search}${url.hash}` : url.href,
  );
}

let installed = false;

export function onRouteDidUpdate(): void {
  if (installed) return;
  installed = true;
  for (const type of REACH) document.addEventListener(type, keepView, { capture: true, passive: true });
}
