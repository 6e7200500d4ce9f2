/**
 * The same model (model, dataset, strategy, teacher, input size)
 * carries the same figures and the same download in every table it appears in,
 * and a teacher's quoted AP is the AP of the teacher's own row.
 */
import type { Problem } from '../problems';
import type { Row } from '../schemas';
import type { Check } from './context';

// Pretraining is part of the model id (r50vd-dcn is the Objects365-pretrained ResNet50-vd-dcn), and
// only the quantization table prints it, so it is left out of the key.
const key = (r: Row) => [r.model, r.dataset, r.strategy, r.teacher?.model ?? '-', r.inputSize].join('|');

export const crossTable: Check = ({ zoo, rows, tableFile }) => {
  const out: Problem[] = [];
  const first = new Map<string, { row: Row; file: string; index: number }>();
  for (const table of zoo.tables) {
    const file = tableFile(table);
    table.rows.forEach((row, i) => {
      const k = key(row);
      const earlier = first.get(k);
      if (!earlier) {
        first.set(k, { row, file, index: i });
        return;
      }
      const there = `${earlier.file} › rows[${earlier.index}]`;
      for (const [column, figure] of Object.entries(row.cells)) {
        if (!(column in earlier.row.cells)) continue;
        const other = earlier.row.cells[column];
        for (const part of ['value', 'delta'] as const) {
          const mine = figure?.[part];
          const theirs = other?.[part];
          if (mine !== theirs) {
            out.push({
              file,
              path: `rows[${i}].cells.${column}${figure ? `.${part}` : ''}`,
              expected: `${theirs === undefined ? 'nothing' : JSON.stringify(theirs)}, as for the same model at ${there}.cells.${column}`,
              found: mine === undefined ? 'nothing' : JSON.stringify(mine),
            });
            break;
          }
        }
      }
      if (row.download && earlier.row.download && row.download !== earlier.row.download) {
        out.push({
          file,
          path: `rows[${i}].download`,
          expected: `${JSON.stringify(earlier.row.download)}, as at ${there}.download`,
          found: JSON.stringify(row.download),
        });
      }
    });
  }
  for (const table of zoo.tables) {
    table.rows.forEach((row, i) => {
      const own = row.teacher?.row ? rows.get(row.teacher.row)?.row : undefined;
      if (!row.teacher || !own) return;
      const file = tableFile(table);
      const ap = own.cells['box-ap']?.value;
      if (ap !== row.teacher.boxAp) {
        out.push({
          file,
          path: `rows[${i}].teacher.boxAp`,
          expected: `${JSON.stringify(ap)}, the Box AP of the teacher's row ${own.id}`,
          found: JSON.stringify(row.teacher.boxAp),
        });
      }
      if (own.model !== row.teacher.model || own.inputSize !== row.inputSize) {
        out.push({
          file,
          path: `rows[${i}].teacher.row`,
          expected: `a row of ${row.teacher.model} at input size ${row.inputSize}`,
          found: `${JSON.stringify(own.id)} (${own.model} at ${own.inputSize})`,
        });
      }
    });
  }
  return out;
};
