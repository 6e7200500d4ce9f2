/** A pruning strategy gives one ratio for each pruned parameter; other strategies give none. */
import type { Finding } from '../problems';
import type { Check } from './context';

export const prunedRatios: Check = ({ zoo }) => {
  const out: Finding[] = [];
  const params = zoo.strategies.prunedParams.length;
  zoo.strategies.strategies.forEach((s, i) => {
    const path = `strategies[${i}].prunedRatios`;
    if (s.technique === 'pruning' && s.prunedRatios?.length !== params) {
      out.push({
        file: 'data/strategies.json',
        path,
        expected: `${params} ratios, one for each of prunedParams`,
        found: s.prunedRatios ? `${s.prunedRatios.length}` : 'nothing (the field is missing)',
      });
    }
    if (s.technique !== 'pruning' && s.prunedRatios !== undefined) {
      out.push({
        file: 'data/strategies.json',
        path,
        expected: 'no ratios on a strategy that does not prune',
        found: `${s.prunedRatios.length}`,
      });
    }
  });
  return out;
};
