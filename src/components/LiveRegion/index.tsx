/**
 * One live region for a page: where its open explanations, its "Link copied" notes and its code
 * blocks' "Copied" are written, so screen readers announce them. A region must already be in the
 * page when text is written into it, and a table page used to carry one for each of its ~200
 * deltas and copy links, each an element the browser styles and lays out and React hydrates. Now
 * the page carries one; what is shown in it is placed by its owner (position: fixed, beside the
 * delta or the link), or is for screen readers only (the code block's "Copied").
 */
import { createContext, type ReactNode, type RefObject, useContext, useRef } from 'react';
import { createPortal } from 'react-dom';
import styles from './styles.module.css';

const Region = createContext<RefObject<HTMLSpanElement | null> | null>(null);

/** Wraps a page's content and puts the region after it. The context is a ref: it never changes, so no reader renders again. */
export function LiveRegion({ children }: { children: ReactNode }): ReactNode {
  const region = useRef<HTMLSpanElement>(null);
  return (
    <Region.Provider value={region}>
      {children}
      {/* Never hidden, and empty it takes no room: what is written into it is placed where it belongs. */}
      <span role="status" data-live-region="" className={styles.region} ref={region} />
    </Region.Provider>
  );
}

/**
 * Shows `content` in the page's live region, as a child of the calling component in React's tree
 * (so its events, such as the pointer leaving, reach the caller as if it were inside it). Outside a
 * region (never on the site) it is shown in place.
 */
export function useAnnounce(): (content: ReactNode) => ReactNode {
  const region = useContext(Region);
  return (content) => {
    const target = region?.current;
    return target ? createPortal(content, target) : content;
  };
}
