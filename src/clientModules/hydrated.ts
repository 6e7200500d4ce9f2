/**
 * Says when React has taken over the page (Docusaurus calls onRouteDidUpdate after the first
 * render has committed, and on every route after): the page's loader (src/hydration/startOnIntent)
 * then replays the clicks, keys and field values it held meanwhile.
 */
import { HYDRATED_EVENT } from '../hydration/signal';

export function onRouteDidUpdate(): void {
  if (window.zooHydrated) return;
  window.zooHydrated = true;
  window.dispatchEvent(new Event(HYDRATED_EVENT));
}
