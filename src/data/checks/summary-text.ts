/** Each summary point's prose has exactly one placeholder per quoted figure, in both languages. */
import type { Finding } from '../problems';
import { LOCALES } from '../schemas';
import type { Check } from './context';

export const PLACEHOLDER = /\{(\d+)\}/g;

export const summaryText: Check = ({ zoo, tableFile }) => {
  const out: Finding[] = [];
  for (const table of zoo.tables) {
    table.summary.forEach((point, i) => {
      const wanted = point.quotes.map((_, n) => n);
      for (const locale of LOCALES) {
        const text = point.text[locale];
        const used = [...text.matchAll(PLACEHOLDER)].map((m) => Number(m[1]));
        const sorted = [...used].sort((a, b) => a - b);
        if (sorted.join() !== wanted.join()) {
          out.push({
            file: tableFile(table),
            path: `summary[${i}].text.${locale}`,
            expected: `each of the placeholders ${wanted.map((n) => `{${n}}`).join(' ') || '(none)'} exactly once`,
            found: used.length ? used.map((n) => `{${n}}`).join(' ') : 'no placeholder',
          });
        }
      }
      point.quotes.forEach((quote, j) => {
        if (quote.column !== 'inputSize' && quote.part === undefined) {
          out.push({
            file: tableFile(table),
            path: `summary[${i}].quotes[${j}].part`,
            expected: '"value" or "delta" for a metric column',
            found: 'nothing (the field is missing)',
          });
        }
      });
    });
  }
  return out;
};
