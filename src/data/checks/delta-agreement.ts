/**
 * Every published delta agrees with its row's figure and its baseline's, or
 * is recorded as an upstream erratum. The message says what the figures give
 * and which published values would agree.
 */
import type { Finding } from '../problems';
import { type Check, rowAt } from './context';

export const deltaAgreement: Check = (ctx) => {
  const out: Finding[] = [];
  for (const r of ctx.verification()) {
    if (r.kind !== 'delta' || r.outcome !== 'disagrees' || r.erratum) continue;
    const { file, path } = rowAt(ctx, r.row);
    const [lo, hi] = r.verdict.agreeing;
    out.push({
      file,
      path: `${path}.cells.${r.column}.delta`,
      expected: '',
      found: '',
      message: `published ${r.published}, but ${r.value} against baseline ${r.baseline.value} gives ${r.verdict.plain} (agrees: ${lo} … ${hi})`,
    });
  }
  return out;
};
