/**
 * What a published delta rests on: the baseline row, the formula, what the
 * printed figures give, the interval that rounding allows, and the verdict.
 *
 * A toggletip: the text is made only when the reader opens it (hover, focus or
 * a tap on the delta), never for every cell up front, from the page's proofs,
 * which the first opening fetches (hooks/useProof.ts), and it is written into
 * the page's live region (components/LiveRegion), so screen readers announce
 * it. In a table the delta is a button outside the Tab order (a row costs two
 * Tab stops); the table's row keys (← →) and a screen reader's own cursor
 * reach it.
 */
import { translate } from '@docusaurus/Translate';
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Explained } from '../../data/records';
import { useProof } from '../../hooks/useProof';
import { useLocale, useZoo } from '../../hooks/useZoo';
import type { Explanation } from '../../lib/explain';
import { rowName } from '../../lib/rowName';
import { useAnnounce } from '../LiveRegion';
import styles from './styles.module.css';

/** How long an explanation stays once the pointer leaves its delta: time to cross to the explanation. */
const LEAVE_MS = 300;

function verdictText(record: Explained): string {
  switch (record.outcome) {
    case 'agrees':
      return translate({ id: 'delta.verdict.agrees', message: 'Agrees with the printed figures.' });
    case 'rounding':
      return translate(
        { id: 'delta.verdict.rounding', message: 'Agrees only through rounding: the printed figures give {plain}.' },
        { plain: record.verdict.plain },
      );
    default:
      return translate(
        { id: 'delta.verdict.disagrees', message: 'Erratum: the printed figures give {plain}, not {published}.' },
        { plain: record.verdict.plain, published: record.published },
      );
  }
}

/** The lines of an explanation; `baselineName` is the baseline row as a reader names it. */
function explanation(record: Explained, baselineName: string): string[] {
  const [lo, hi] = record.verdict.interval;
  const [alo, ahi] = record.verdict.agreeing;
  return [
    translate({ id: 'delta.baseline', message: 'Against the baseline {name}.' }, { name: baselineName }),
    `${record.formula} = ${record.verdict.plain}`,
    alo === ahi
      ? translate(
          {
            id: 'delta.intervalOne',
            message: 'Rounding of the printed figures allows {lo} … {hi}; only the published value {alo} agrees.',
          },
          { lo, hi, alo },
        )
      : translate(
          {
            id: 'delta.interval',
            message: 'Rounding of the printed figures allows {lo} … {hi}; published values from {alo} to {ahi} agree.',
          },
          { lo, hi, alo, ahi },
        ),
    verdictText(record),
  ];
}

/**
 * Places the open explanation under its delta in viewport coordinates, so the
 * table's scrolling region does not clip it; above it where there is no room below.
 */
function place(tip: HTMLElement, trigger: Element) {
  const rect = trigger.getBoundingClientRect();
  const width = Math.min(352, window.innerWidth - 16);
  tip.style.width = `${width}px`;
  tip.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))}px`;
  const height = tip.offsetHeight;
  const below = rect.bottom + 4 + height <= window.innerHeight || rect.top - 4 - height < 0;
  tip.style.top = `${below ? rect.bottom + 4 : rect.top - 4 - height}px`;
}

/** Focus from the keyboard opens the explanation; focus from a tap or click leaves that to the click. */
function byKeyboard(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * The open explanation, made only while it is open. Until the page's proofs arrive (the first
 * opening fetches them) it says so; `data-tip` marks only a finished explanation.
 */
function Tip({
  id,
  outcome,
  placeAt,
}: {
  id: string;
  outcome: Explanation['outcome'];
  /** Places the tip by its delta: on opening, and again when the proof arrives and the text grows. */
  placeAt: (tip: HTMLElement) => void;
}): ReactNode {
  const zoo = useZoo();
  const locale = useLocale();
  const proof = useProof(id);
  const tip = useRef<HTMLSpanElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: placed again when the proof's state changes the text
  useLayoutEffect(() => {
    if (tip.current) placeAt(tip.current);
  }, [proof.state, placeAt]);
  if (proof.state !== 'ready') {
    const says = {
      loading: () => translate({ id: 'delta.loading', message: 'Fetching how this figure was checked…' }),
      failed: () =>
        translate({
          id: 'delta.failed',
          message: 'Could not fetch how this figure was checked. Close this and open it again to retry.',
        }),
      missing: () =>
        translate({
          id: 'delta.missing',
          message: 'How this figure was checked is missing from this page’s files. Reload the page.',
        }),
    };
    return (
      <span ref={tip} className={styles.tip} aria-busy={proof.state === 'loading'}>
        {says[proof.state]()}
      </span>
    );
  }
  const { record } = proof;
  // Named as the reader sees it in its table (with the dataset where the table mixes them), not by its id.
  const table = zoo.tables.find((t) => t.rows.some((r) => r.id === record.baseline.row));
  const baseline = table?.rows.find((r) => r.id === record.baseline.row);
  const lines = explanation(record, baseline ? rowName(zoo, baseline, locale, table) : record.baseline.row);
  return (
    <span ref={tip} className={styles.tip} data-outcome={outcome} data-tip={id}>
      {`${lines.slice(0, -1).join('\n')}\n`}
      <span className={styles.verdict}>{lines.at(-1)}</span>
    </span>
  );
}

export default function DeltaExplainer({
  explain,
  children,
  focusable = true,
  className,
  trigger,
}: {
  explain: Explanation;
  children: ReactNode;
  /** false where the child is itself focusable (a link in prose): the host then opens on its focus. */
  focusable?: boolean;
  /** The host's class: a table cell makes it the line under the figure. */
  className?: string;
  /** More for the button (a class, a data attribute), so the delta needs no element of its own inside it. */
  trigger?: { className?: string } & Record<`data-${string}`, string>;
}): ReactNode {
  // Opened by hover and by focus separately: leaving with the pointer must not close what focus opened.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const open = hovered || focused || pinned;
  const announce = useAnnounce();
  const host = useRef<HTMLSpanElement>(null);
  const placeAt = useCallback((tip: HTMLElement) => {
    const trigger = host.current?.firstElementChild;
    if (trigger) place(tip, trigger);
  }, []);
  // Leaving the delta closes its explanation a moment later, and entering the explanation (a child
  // of this host in React's tree, though shown elsewhere) keeps it: the pointer can cross the 4 px
  // between them without the explanation going (WCAG 1.4.13, hoverable).
  const leaving = useRef<ReturnType<typeof setTimeout>>(undefined);
  const enter = () => {
    clearTimeout(leaving.current);
    setHovered(true);
  };
  const leave = () => {
    clearTimeout(leaving.current);
    leaving.current = setTimeout(() => setHovered(false), LEAVE_MS);
  };
  useEffect(() => () => clearTimeout(leaving.current), []);
  const close = () => {
    clearTimeout(leaving.current);
    setHovered(false);
    setFocused(false);
    setPinned(false);
  };
  // Escape dismisses the explanation without moving the pointer or the focus (WCAG 1.4.13).
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && open) close();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: opens the explanation; the trigger inside takes focus
    <span
      ref={host}
      className={className}
      onMouseEnter={enter}
      onMouseLeave={leave}
      onFocus={(event) => setFocused(byKeyboard(event.target))}
      onBlur={close}
      onKeyDown={onKeyDown}
    >
      {focusable ? (
        <button
          type="button"
          {...trigger}
          className={trigger?.className ? `${styles.trigger} ${trigger.className}` : styles.trigger}
          tabIndex={-1}
          aria-expanded={open}
          onClick={(event) => {
            // Safari does not focus a tapped button; focused, a tap elsewhere blurs it and closes the tip.
            event.currentTarget.focus();
            setPinned((p) => !p);
          }}
        >
          {children}
        </button>
      ) : (
        children
      )}
      {open && announce(<Tip id={explain.id} outcome={explain.outcome} placeAt={placeAt} />)}
    </span>
  );
}
