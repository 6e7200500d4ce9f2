/**
 * A page's verification records by id. The browser reads the records the build computed for its
 * page (pageZoo.ts) through this module alone, so it never loads verify() and the exact
 * arithmetic behind it (deltas.ts, rational.ts): importing verify.ts, even for one function,
 * put them in every table page's chunk.
 */
import type { VerificationRecord } from './verify';

/** What carries records: a page's data, or the whole zoo with them attached (verify.ts › withRecords). */
export interface WithRecords {
  records: VerificationRecord[];
}

const cache = new WeakMap<WithRecords, Map<string, VerificationRecord>>();

/** The records by id, built once per object that carries them. */
export function recordIndex(zoo: WithRecords): Map<string, VerificationRecord> {
  let index = cache.get(zoo);
  if (!index) {
    index = new Map(zoo.records.map((r) => [r.id, r]));
    cache.set(zoo, index);
  }
  return index;
}
