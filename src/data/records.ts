/**
 * The shapes the verification records travel in, and lookups over them. The browser reads what
 * the build computed for its page (pageZoo.ts) through this module alone, so it never loads
 * verify() and the exact arithmetic behind it (deltas.ts, rational.ts): importing verify.ts, even
 * for one function, put them in every table page's chunk.
 */
import type { Outcome } from './deltas';
import type { ClaimRecord, DeltaRecord, VerificationRecord } from './verify';

/** What carries every record: the whole zoo with them attached (verify.ts › withRecords). */
export interface WithRecords {
  records: VerificationRecord[];
}

/** A delta in a cell, or a delta quoted in prose: either way, checked against its figures. */
export type Explained = DeltaRecord | (ClaimRecord & Required<Pick<ClaimRecord, 'verdict' | 'formula' | 'baseline'>>);

export function isExplained(record: VerificationRecord | undefined): record is Explained {
  return (
    record !== undefined &&
    record.verdict !== undefined &&
    record.formula !== undefined &&
    record.baseline !== undefined
  );
}

/**
 * The records a page carries. A cell needs only its delta's outcome until a reader opens its
 * explanation, so the other records (the proofs: baseline, formula, interval) ride in a file of
 * their own, fetched the first time one is opened (src/data/proofs.ts). Errata travel in full:
 * their marks and notes print what the figures give. Deliberately not a WithRecords: code that
 * needs every record (the exports) cannot be handed a page's few by mistake.
 */
export interface PageRecords {
  /** The outcome of every explained figure on the page, by record id. */
  outcomes: Record<string, Outcome>;
  /** The records of the errata among the page's figures, in full. */
  errataRecords: VerificationRecord[];
  /** The name of the data file with the page's other proofs (`proofs-<name>.json`). */
  proofs: string;
}

const cache = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Records by id, built once per list. */
export function byId<R extends { id: string }>(records: readonly R[]): Map<string, R> {
  let index = cache.get(records) as Map<string, R> | undefined;
  if (!index) {
    index = new Map(records.map((r) => [r.id, r]));
    cache.set(records, index);
  }
  return index;
}

/** A figure's outcome, from a page's data or from the whole zoo's records. */
export function outcomeOf(zoo: WithRecords | PageRecords, id: string): Outcome | undefined {
  if ('outcomes' in zoo) return Object.hasOwn(zoo.outcomes, id) ? zoo.outcomes[id] : undefined;
  return byId(zoo.records).get(id)?.outcome;
}
