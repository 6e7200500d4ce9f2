/**
 * What a published delta rests on, shown when the delta is hovered or focused:
 * the baseline row, the formula, what the printed figures give, the interval
 * that rounding allows, and the verdict. The text is in the page from the
 * server (screen readers get it through aria-describedby); CSS shows it.
 */
import { translate } from '@docusaurus/Translate';
import type { KeyboardEvent, ReactNode, SyntheticEvent } from 'react';
import type { Locale, Zoo } from '../../data/schemas';
import type { ClaimRecord, DeltaRecord } from '../../data/verify';
import { rowName } from '../../lib/rowName';
import styles from './styles.module.css';

export function tipId(record: { id: string }): string {
  return `tip-${record.id.replace(/[^a-z0-9-]/g, '-')}`;
}

/** A delta in a cell, or a delta quoted in prose: either way, checked against its figures. */
export type Explained = DeltaRecord | (ClaimRecord & Required<Pick<ClaimRecord, 'verdict' | 'formula' | 'baseline'>>);

export function isExplained(record: DeltaRecord | ClaimRecord | undefined): record is Explained {
  return (
    record !== undefined &&
    record.verdict !== undefined &&
    record.formula !== undefined &&
    record.baseline !== undefined
  );
}

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

export function explanation(zoo: Zoo, record: Explained, locale: Locale): string[] {
  const baseline = zoo.tables.flatMap((t) => t.rows).find((r) => r.id === record.baseline.row);
  const [lo, hi] = record.verdict.interval;
  const [alo, ahi] = record.verdict.agreeing;
  return [
    translate(
      { id: 'delta.baseline', message: 'Against the baseline {name} ({id}).' },
      { name: baseline ? rowName(zoo, baseline, locale) : record.baseline.row, id: record.baseline.row },
    ),
    `${record.formula} = ${record.verdict.plain}`,
    translate(
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
 * Places the explanation under its delta in viewport coordinates, so the
 * table's scrolling region does not clip it. Runs only on hover or focus, and
 * writes the element's style directly: the server markup stays as rendered.
 */
function place(event: SyntheticEvent<HTMLElement>) {
  const host = event.currentTarget;
  const tip = host.querySelector<HTMLElement>('[role="tooltip"]');
  const trigger = host.firstElementChild;
  if (!tip || !trigger) return;
  const rect = trigger.getBoundingClientRect();
  const width = Math.min(352, window.innerWidth - 16);
  tip.style.position = 'fixed';
  tip.style.width = `${width}px`;
  tip.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))}px`;
  // Below the delta, or above it where the viewport has no room below.
  const height = tip.offsetHeight;
  const below = rect.bottom + 4 + height <= window.innerHeight || rect.top - 4 - height < 0;
  tip.style.top = `${below ? rect.bottom + 4 : rect.top - 4 - height}px`;
}

/** Blurring on Escape dismisses the explanation without moving the pointer (WCAG 1.4.13). */
function dismissOnEscape(event: KeyboardEvent<HTMLElement>) {
  if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
}

export default function DeltaExplainer({
  zoo,
  record,
  locale,
  children,
  focusable = true,
}: {
  zoo: Zoo;
  record: Explained;
  locale: Locale;
  children: ReactNode;
  /** false where the child is itself focusable (a link) and carries aria-describedby={tipId(record)}. */
  focusable?: boolean;
}): ReactNode {
  const id = tipId(record);
  const lines = explanation(zoo, record, locale);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: positions the explanation; the trigger inside takes focus
    <span className={styles.host} onMouseEnter={place} onFocus={place} onKeyDown={dismissOnEscape}>
      {focusable ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focus reveals how the delta was computed
        <span className={styles.trigger} tabIndex={0} aria-describedby={id}>
          {children}
        </span>
      ) : (
        children
      )}
      {/* One text with line breaks (white-space: pre-line), not an element a line: a table page has
          hundreds of these, and every element costs the phone parsing and layout. */}
      <span role="tooltip" id={id} className={styles.tip} data-outcome={record.outcome}>
        {`${lines.slice(0, -1).join('\n')}\n`}
        <span className={styles.verdict}>{lines.at(-1)}</span>
      </span>
    </span>
  );
}
