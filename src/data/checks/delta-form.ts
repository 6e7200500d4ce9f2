/**
 * A delta can be checked only against a like-for-like baseline: the same model,
 * dataset, pretraining and input size, with a figure in the same column; and
 * it must be printed the way its metric is measured ("%" for a relative change).
 */

import { canCheck } from '../deltas';
import type { Finding } from '../problems';
import type { Check } from './context';

export const deltaForm: Check = ({ zoo, rows, tableFile }) => {
  const out: Finding[] = [];
  for (const table of zoo.tables) {
    const file = tableFile(table);
    table.rows.forEach((row, i) => {
      const base = row.baseline ? rows.get(row.baseline)?.row : undefined;
      if (base) {
        const mine = [row.model, row.dataset, row.pretrained ?? '-', row.inputSize];
        const theirs = [base.model, base.dataset, base.pretrained ?? '-', base.inputSize];
        if (mine.join('|') !== theirs.join('|')) {
          out.push({
            file,
            path: `rows[${i}].baseline`,
            expected: `a baseline of the same model, dataset, pretraining and input size (${mine.join(', ')})`,
            found: `${JSON.stringify(base.id)} (${theirs.join(', ')})`,
          });
        }
      }
      for (const [column, figure] of Object.entries(row.cells)) {
        if (!figure?.delta || figure.delta === '-') continue;
        const at = `rows[${i}].cells.${column}.delta`;
        const metric = zoo.columns.metrics[column];
        const relative = figure.delta.endsWith('%');
        if (metric && relative !== (metric.delta === 'relative')) {
          out.push({
            file,
            path: at,
            expected: metric.delta === 'relative' ? 'a relative delta ending in "%"' : 'an absolute delta, without "%"',
            found: JSON.stringify(figure.delta),
          });
        }
        const baseFigure = base?.cells[column];
        if (base && baseFigure && !canCheck(baseFigure.value, figure.delta)) {
          out.push({
            file,
            path: at,
            expected: `a baseline figure above zero to take a relative delta from`,
            found: `${JSON.stringify(baseFigure.value)} in ${base.id}`,
          });
        }
        if (base && !base.cells[column]) {
          out.push({
            file,
            path: at,
            expected: `a figure in column ${column} of the baseline row ${JSON.stringify(base.id)} to compare with`,
            found: 'none',
          });
        }
      }
    });
  }
  return out;
};
