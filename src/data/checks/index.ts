/** The checks that run on a zoo whose files all passed their schemas. One rule a module. */
import type { Problem } from '../problems';
import type { Zoo } from '../schemas';
import { type Check, makeContext } from './context';
import { counts } from './counts';
import { prunedRatios } from './pruned-ratios';
import { references } from './references';
import { rowShape } from './row-shape';
import { summaryText } from './summary-text';
import { uniqueIds } from './unique-ids';

export const CHECKS: readonly Check[] = [uniqueIds, references, rowShape, summaryText, prunedRatios, counts];

export function runChecks(zoo: Zoo): Problem[] {
  const ctx = makeContext(zoo);
  return CHECKS.flatMap((check) => check(ctx));
}
