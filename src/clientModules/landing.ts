/**
 * Makes shared links land. After every route has rendered (Docusaurus's
 * onRouteDidUpdate, which also runs on the first load), the #anchor's target
 * is scrolled into view below the navbar (scrollToLanded: a row with its table's header) and its row,
 * table or section highlighted until the reader moves on; a table that then
 * applies the view the link carries brings it back into view (keepLanded).
 * An anchor recorded as moved in data/permalinks.json, and not kept on its
 * page as an alias, is followed to its new page.
 */
import siteConfig from '@generated/docusaurus.config';
import moved from '@generated/zoo-data/default/moved.json';
import { focusLanded, landingTarget, scrollToLanded, setLanded } from '../lib/landing';
import { hashAnchor } from '../lib/links';

export const LANDED = 'zoo-landed';
const MOVE_ON = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let clear: (() => void) | undefined;

export function onRouteDidUpdate({
  location,
  previousLocation,
}: {
  location: Location;
  previousLocation: Location | null;
}): void {
  clear?.();
  clear = undefined;
  const anchor = hashAnchor(location.hash);
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
  // Followed from another place of the site, not opened (where the browser starts the next Tab there
  // itself), nor a change of the query alone (the finder's fields write theirs as the reader types).
  if (previousLocation && (previousLocation.pathname !== location.pathname || previousLocation.hash !== location.hash))
    focusLanded(target);
  const moveOn = () => clear?.();
  clear = () => {
    target.classList.remove(LANDED);
    setLanded(undefined);
    for (const e of MOVE_ON) window.removeEventListener(e, moveOn);
  };
  for (const e of MOVE_ON) window.addEventListener(e, moveOn, { passive: true });
}
