/**
 * Makes shared links land. After every route has rendered (Docusaurus's
 * onRouteDidUpdate, which also runs on the first load), the #anchor's target
 * is scrolled into view below the navbar (scrollToLanded: a row with its table's header) and its row,
 * table or section highlighted until the reader moves on; a table that then
 * applies the view the link carries brings it back into view (keepLanded).
 * An anchor recorded as moved in data/permalinks.json, and not kept on its
 * page as an alias, is followed to its new page. When the reader followed a
 * link to get there (not on a first load, back or forward, or a redirect),
 * focus moves to the target too (focusLanded).
 */
import siteConfig from '@generated/docusaurus.config';
import moved from '@generated/zoo-data/default/moved.json';
import { focusLanded, landingTarget, scrollToLanded, setLanded } from '../lib/landing';
import { hashAnchor } from '../lib/links';

export const LANDED = 'zoo-landed';
const MOVE_ON = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let clear: (() => void) | undefined;

/**
 * Where the link the reader last clicked (or pressed Enter on, which clicks) leads, until the route
 * it asked for has rendered; a route update that lands elsewhere (back, forward, a redirect) clears it.
 */
let followed: { pathname: string; anchor: string } | undefined;

function noteFollowed(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  const url = new URL(link.href, window.location.href);
  followed =
    url.origin === window.location.origin ? { pathname: url.pathname, anchor: hashAnchor(url.hash) } : undefined;
}

export function onRouteDidUpdate({
  location,
  previousLocation,
}: {
  location: Location;
  previousLocation: Location | null;
}): void {
  // Before React's handlers: a router link's click navigates (and may prevent the default) in them.
  if (!previousLocation) document.addEventListener('click', noteFollowed, { capture: true });
  clear?.();
  clear = undefined;
  const anchor = hashAnchor(location.hash);
  const wasFollowed = followed?.pathname === location.pathname && followed.anchor === anchor;
  followed = undefined;
  if (!anchor) return;
  const element = document.getElementById(anchor);
  if (!element) {
    // The moves are recorded from the site's root; this locale's base (`/`, `/zh-Hans/`, `/zoo/`…) is around it.
    const base = siteConfig.baseUrl.replace(/\/$/, '');
    const page = location.pathname.slice(base.length) || '/';
    const to = moved[`${page}#${anchor}`];
    if (to) window.location.replace(base + to);
    return;
  }
  const target = landingTarget(element);
  scrollToLanded(element);
  target.classList.add(LANDED);
  setLanded(element);
  // Once the page has rendered the route: a table applies the link's view after this (it may move or
  // show the row), and a row moved in the DOM loses focus.
  if (wasFollowed) requestAnimationFrame(() => focusLanded(target));
  const moveOn = () => clear?.();
  clear = () => {
    target.classList.remove(LANDED);
    setLanded(undefined);
    for (const e of MOVE_ON) window.removeEventListener(e, moveOn);
  };
  for (const e of MOVE_ON) window.addEventListener(e, moveOn, { passive: true });
}
