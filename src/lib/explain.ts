/**
 * What a cell or a quote needs to offer its explanation, gathered once per page: the figure's
 * outcome, and its record where the page carries it in full (errata). Cells receive one of these,
 * never the zoo; the proof itself is fetched when the explanation opens (hooks/useProof.ts).
 */
import type { Outcome } from '../data/deltas';
import { byId, outcomeOf, type PageRecords } from '../data/records';
import type { DeltaRecord, VerificationRecord } from '../data/verify';

export interface Explanation {
  /** The record's id: `<row>.<metric>` for a cell, `<table>.<point>.<quote>` for a quote. */
  id: string;
  outcome: Outcome;
  /** The full record, for an erratum: its mark and its note print what the figures give. */
  record?: VerificationRecord;
}

/** Looks up the explanation of a cell's delta (`row`, `metric`) or of a quote (its record id). */
export function explanationIndex(page: PageRecords): (id: string) => Explanation | undefined {
  const errata = byId(page.errataRecords);
  // One object per id, so a memoised cell sees the same explanation on every render.
  const made = new Map<string, Explanation | undefined>();
  return (id) => {
    if (made.has(id)) return made.get(id);
    const outcome = outcomeOf(page, id);
    const explanation = outcome === undefined ? undefined : { id, outcome, record: errata.get(id) };
    made.set(id, explanation);
    return explanation;
  };
}

/** The delta records that are errata among some cells (`[row id, metric]`), in the cells' order. */
export function errataAmong(
  explain: (id: string) => Explanation | undefined,
  cells: [string, string][],
): DeltaRecord[] {
  return cells.flatMap(([row, metric]) => {
    const record = explain(`${row}.${metric}`)?.record;
    return record?.kind === 'delta' && record.erratum ? [record] : [];
  });
}
