/**
 * The navbar's search box, with the search code fetched when the reader reaches for it.
 *
 * The search plugin's bar brings lunr and its Chinese and multi-language support into every
 * page's main.js (about 17 KB gzipped, bench:reader), though most page views never search. This
 * wrapper renders a box that looks the same and swaps in the real bar, a chunk of its own, on the
 * first sign of use: the pointer over the box, a touch, focus, typing, or the shortcut (Ctrl K,
 * ⌘ K on a Mac), which puts the focus in the box at once. The real bar then takes over the focus
 * and whatever was typed meanwhile, and fetches the index on that focus as it always did.
 */
import { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import clsx from 'clsx';
import { type ComponentType, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isMac, isShortcut } from '../../lib/shortcut';
import styles from './styles.module.css';

/** The real bar, asked for once: every page's navbar (mounted afresh on each page) shares it. */
let loading: Promise<ComponentType> | undefined;
let loaded: ComponentType | undefined;
function load(): Promise<ComponentType> {
  if (!loading) {
    loading = import('@theme-original/SearchBar').then(
      (module) => {
        const bar: ComponentType = module.default;
        loaded = bar;
        return bar;
      },
      (error: unknown) => {
        // Offline, or an old tab after a new deployment: the next sign of use asks again.
        loading = undefined;
        throw error;
      },
    );
  }
  return loading;
}

/** What the reader did in the stand-in, handed to the real bar. */
interface Handover {
  focus: boolean;
  value: string;
}

/** The search box's name and placeholder: the plugin's own translation key. */
const searchLabel = () => translate({ id: 'theme.SearchBar.label', message: 'Search' });

function StandIn({ onWanted, handover }: { onWanted: () => void; handover: Handover }) {
  const isBrowser = useIsBrowser();
  const input = useRef<HTMLInputElement>(null);
  const mac = isBrowser && isMac(navigator);
  useEffect(() => {
    // A reader quicker than React: the box may have the focus or text before this ran.
    const box = input.current;
    if (box && (document.activeElement === box || box.value)) {
      handover.focus = document.activeElement === box;
      handover.value = box.value;
      onWanted();
    }
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event, isMac(navigator))) return;
      event.preventDefault();
      // Focus here at once, so what follows the shortcut is typed into the box, not the page.
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onWanted, handover]);
  return (
    <div className={clsx('navbar__search', styles.searchBarContainer)} dir="ltr" data-stand-in="">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={input}
        // The same placeholder and name as the plugin's box, in the page's language.
        placeholder={searchLabel()}
        aria-label={searchLabel()}
        className={clsx('navbar__search-input', styles.searchInput)}
        onPointerEnter={onWanted}
        onTouchStart={onWanted}
        onFocus={() => {
          handover.focus = true;
          onWanted();
        }}
        onBlur={() => {
          handover.focus = false;
        }}
        onChange={(event) => {
          handover.value = event.target.value;
          onWanted();
        }}
      />
      {isBrowser && (
        <div className={styles.searchHintContainer}>
          {[mac ? '⌘' : 'ctrl', 'K'].map((hint) => (
            <kbd key={hint} className={styles.searchHint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
}

export default function SearchBarWrapper() {
  // The real bar once its chunk is in. Not React.lazy: its Suspense fallback would be a second
  // stand-in, mounted afresh, and the focus and the text typed while the chunk loads would be lost.
  const [SearchBar, setSearchBar] = useState<ComponentType | undefined>(() => loaded);
  const handover = useRef<Handover>({ focus: false, value: '' }).current;
  const within = useRef<HTMLSpanElement>(null);
  const want = useRef(() => {
    load().then(
      (bar) => setSearchBar(() => bar),
      () => undefined, // the stand-in stays; the next sign of use retries
    );
  }).current;
  // Once the real bar is in (its box committed, the browser yet to paint or take the next key):
  // it gets the focus and the text the stand-in had.
  useLayoutEffect(() => {
    const input = SearchBar && within.current?.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input) return;
    // The plugin names its box "Search" in every language; a screen reader reads that name, not the
    // placeholder. React leaves the attribute alone after this: the plugin's prop never changes.
    input.setAttribute('aria-label', searchLabel());
    if (handover.value) {
      // The plugin's box is a controlled React input: set the value as typing would, then say so.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, handover.value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (handover.focus) input.focus();
  }, [SearchBar, handover]);
  return (
    // display: contents: the navbar lays out the bar itself, as it would without this wrapper.
    <span ref={within} style={{ display: 'contents' }}>
      {SearchBar ? <SearchBar /> : <StandIn onWanted={want} handover={handover} />}
    </span>
  );
}
