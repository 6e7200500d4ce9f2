/**
 * Wraps every page (Docusaurus's documented Root swizzle) to make shared links
 * land: a URL's #anchor is scrolled into view below the navbar and its row,
 * table or section highlighted until the reader moves on; an anchor that was
 * renamed (recorded in data/permalinks.json) is followed to its new place.
 */
import { useHistory, useLocation } from '@docusaurus/router';
import { type ReactNode, useEffect } from 'react';
import { useZoo } from '../hooks/useZoo';
import { landingTarget } from '../lib/landing';

export const LANDED = 'zoo-landed';

export default function Root({ children }: { children: ReactNode }): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const { permalinks } = useZoo();

  useEffect(() => {
    const anchor = decodeURIComponent(location.hash.slice(1));
    if (!anchor) return;
    const element = document.getElementById(anchor);
    if (!element) {
      const prefix = location.pathname.startsWith('/zh-Hans') ? '/zh-Hans' : '';
      const page = location.pathname.slice(prefix.length) || '/';
      const moved = permalinks.moved[`${page}#${anchor}`];
      if (moved) history.replace(prefix + moved);
      return;
    }
    const target = landingTarget(element);
    // Wait a frame so layout (fonts, hydration) has settled before scrolling.
    const frame = requestAnimationFrame(() => {
      element.scrollIntoView({ block: 'start' });
      target.classList.add(LANDED);
    });
    const moveOn = () => target.classList.remove(LANDED);
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, moveOn, { once: true, passive: true });
    return () => {
      cancelAnimationFrame(frame);
      moveOn();
      for (const e of events) window.removeEventListener(e, moveOn);
    };
  }, [location, history, permalinks]);

  return <>{children}</>;
}
