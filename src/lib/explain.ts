/**
 * What a delta's explanation needs, gathered once per page: the verification record and the
 * baseline's name. Cells receive one of these, never the zoo.
 */
import { recordIndex, type WithRecords } from '../data/records';
import type { Locale, Zoo } from '../data/schemas';
import type { ClaimRecord, DeltaRecord } from '../data/verify';
import { rowName } from './rowName';

/** A delta in a cell, or a delta quoted in prose: either way, checked against its figures. */
export type Explained = DeltaRecord | (ClaimRecord & Required<Pick<ClaimRecord, 'verdict' | 'formula' | 'baseline'>>);

export interface Explanation {
  record: Explained;
  /** The baseline row as a reader names it ("MobileNetV1 · baseline · 608"). */
  baselineName: string;
}

export function isExplained(record: DeltaRecord | ClaimRecord | undefined): record is Explained {
  return (
    record !== undefined &&
    record.verdict !== undefined &&
    record.formula !== undefined &&
    record.baseline !== undefined
  );
}

/** Looks up the explanation of a cell's delta (`row`, `metric`) or of a quote (its record id). */
export function explanationIndex(zoo: Zoo & WithRecords, locale: Locale): (id: string) => Explanation | undefined {
  const records = recordIndex(zoo);
  const rows = new Map(zoo.tables.flatMap((t) => t.rows.map((r) => [r.id, r] as const)));
  // One object per id, so a memoised cell sees the same explanation on every render.
  const made = new Map<string, Explanation | undefined>();
  return (id) => {
    if (made.has(id)) return made.get(id);
    const record = records.get(id);
    const baseline = isExplained(record) ? rows.get(record.baseline.row) : undefined;
    const explanation = isExplained(record)
      ? { record, baselineName: baseline ? rowName(zoo, baseline, locale) : record.baseline.row }
      : undefined;
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
