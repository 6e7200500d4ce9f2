/**
 * source.json states how many tables, rows and links the upstream document has;
 * the data must add up to it, so a dropped or doubled row cannot go unnoticed.
 */
import { countZoo } from '../../lib/counts';
import type { Finding } from '../problems';
import type { Check } from './context';

export const counts: Check = ({ zoo }) => {
  const actual = countZoo(zoo);
  const out: Finding[] = [];
  for (const key of Object.keys(actual) as (keyof typeof actual)[]) {
    if (actual[key] !== zoo.source.counts[key]) {
      out.push({
        file: 'data/source.json',
        path: `counts.${key}`,
        expected: `${zoo.source.counts[key]}, the upstream document's count`,
        found: `${actual[key]} in data/tables`,
      });
    }
  }
  return out;
};
