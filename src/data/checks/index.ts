/** The checks that run on a zoo whose files all passed their schemas. One rule a module. */
import type { CheckRule, Problem } from '../problems';
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

/**
 * Integrity rules first, then agreement. Every rule runs, so all problems are
 * reported at once; an agreement rule skips what does not resolve (a dangling
 * baseline is reported once, by `references`, not again as a missing delta).
 */
export const CHECKS: Readonly<Record<CheckRule, Check>> = {
  uniqueIds,
  references,
  rowShape,
  summaryText,
  prunedRatios,
  counts,
  urlPolicy,
  deltaForm,
  crossTable,
  deltaAgreement,
  claimAgreement,
  errataRegister,
};

/** Every check, in order; each problem carries the rule (the check) that found it. */
export function runChecks(zoo: Zoo): Problem[] {
  const ctx = makeContext(zoo);
  return (Object.entries(CHECKS) as [CheckRule, Check][]).flatMap(([rule, check]) =>
    check(ctx).map((finding) => ({ rule, ...finding })),
  );
}
