/** The checks that run on a zoo whose files all passed their schemas. One rule a module. */
import type { Problem } from '../problems';
import type { Zoo } from '../schemas';
import { claimAgreement } from './claim-agreement';
import { type Check, makeContext } from './context';
import { counts } from './counts';
import { crossTable } from './cross-table';
import { deltaAgreement } from './delta-agreement';
import { deltaForm } from './delta-form';
import { errataRegister } from './errata';
import { prunedRatios } from './pruned-ratios';
import { references } from './references';
import { rowShape } from './row-shape';
import { summaryText } from './summary-text';
import { uniqueIds } from './unique-ids';
import { urlPolicy } from './url-policy';

/** Integrity first: the agreement rules assume ids resolve and rows have the right shape. */
const INTEGRITY: readonly Check[] = [uniqueIds, references, rowShape, summaryText, prunedRatios, counts, urlPolicy];
const AGREEMENT: readonly Check[] = [deltaForm, crossTable, deltaAgreement, claimAgreement, errataRegister];

export const CHECKS: readonly Check[] = [...INTEGRITY, ...AGREEMENT];

export function runChecks(zoo: Zoo): Problem[] {
  const ctx = makeContext(zoo);
  const integrity = INTEGRITY.flatMap((check) => check(ctx));
  // Deltas cannot be judged against rows that do not resolve: report those first.
  if (integrity.length > 0) return integrity;
  return AGREEMENT.flatMap((check) => check(ctx));
}
