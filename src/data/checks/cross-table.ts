/**
 * The same model carries the same figures and the same download in every
 * table it appears in. "The same" depends on the figure: accuracy belongs to
 * trained weights (model, dataset, strategy, teacher, input size), while
 * GFLOPs, size and latency belong to the architecture (the teacher does not
 * change them). A teacher's quoted AP is the AP of the teacher's own row, and
 * the same teacher is quoted with the same AP everywhere.
 */
import type { Finding } from '../problems';
import type { Row } from '../schemas';
import type { Check } from './context';

// Pretraining is part of the model id (r50vd-dcn is the Objects365-pretrained ResNet50-vd-dcn), and
// only the quantization table prints it, so it is left out of the keys.
const weightsKey = (r: Row) => [r.model, r.dataset, r.strategy, r.teacher?.model ?? '-', r.inputSize].join('|');
const architectureKey = (r: Row) => [r.model, r.dataset, r.strategy, r.inputSize].join('|');

interface Seen {
  row: Row;
  file: string;
  index: number;
}

export const crossTable: Check = ({ zoo, rows, tableFile }) => {
  const out: Finding[] = [];
  const byWeights = new Map<string, Seen>();
  const byArchitecture = new Map<string, Seen>();
  const teachers = new Map<string, Seen>();
  const dependsOn = (column: string) => zoo.columns.metrics[column]?.dependsOn ?? 'weights';

  const compare = (mine: Seen, earlier: Seen, columns: (c: string) => boolean) => {
    const there = `${earlier.file} › rows[${earlier.index}]`;
    for (const [column, figure] of Object.entries(mine.row.cells)) {
      if (!columns(column) || !(column in earlier.row.cells)) continue;
      const other = earlier.row.cells[column];
      for (const part of ['value', 'delta'] as const) {
        if (figure?.[part] === other?.[part]) continue;
        out.push({
          file: mine.file,
          path: `rows[${mine.index}].cells.${column}${figure ? `.${part}` : ''}`,
          expected: `${other?.[part] === undefined ? 'nothing' : JSON.stringify(other[part])}, as for the same model at ${there}.cells.${column}`,
          found: figure?.[part] === undefined ? 'nothing' : JSON.stringify(figure[part]),
        });
        break;
      }
    }
  };

  for (const table of zoo.tables) {
    const file = tableFile(table);
    table.rows.forEach((row, index) => {
      const mine = { row, file, index };
      const sameWeights = byWeights.get(weightsKey(row));
      if (sameWeights) {
        compare(mine, sameWeights, (c) => dependsOn(c) === 'weights');
        const there = `${sameWeights.file} › rows[${sameWeights.index}]`;
        if (row.download && sameWeights.row.download && row.download !== sameWeights.row.download) {
          out.push({
            file,
            path: `rows[${index}].download`,
            expected: `${JSON.stringify(sameWeights.row.download)}, as at ${there}.download`,
            found: JSON.stringify(row.download),
          });
        }
      } else byWeights.set(weightsKey(row), mine);
      const sameArchitecture = byArchitecture.get(architectureKey(row));
      if (sameArchitecture) compare(mine, sameArchitecture, (c) => dependsOn(c) === 'architecture');
      else byArchitecture.set(architectureKey(row), mine);

      const teacher = row.teacher;
      if (!teacher) return;
      const own = teacher.row ? rows.get(teacher.row)?.row : undefined;
      if (own) {
        const ap = own.cells['box-ap']?.value;
        if (ap !== teacher.boxAp) {
          out.push({
            file,
            path: `rows[${index}].teacher.boxAp`,
            expected: `${JSON.stringify(ap)}, the Box AP of the teacher's row ${own.id}`,
            found: JSON.stringify(teacher.boxAp),
          });
        }
        if (own.model !== teacher.model || own.inputSize !== row.inputSize || own.dataset !== row.dataset) {
          out.push({
            file,
            path: `rows[${index}].teacher.row`,
            expected: `a row of ${teacher.model} on ${row.dataset} at input size ${row.inputSize}`,
            found: `${JSON.stringify(own.id)} (${own.model} on ${own.dataset} at ${own.inputSize})`,
          });
        }
      }
      const key = [teacher.model, row.dataset, row.inputSize].join('|');
      const quoted = teachers.get(key);
      if (!quoted) teachers.set(key, mine);
      else if (quoted.row.teacher?.boxAp !== teacher.boxAp) {
        out.push({
          file,
          path: `rows[${index}].teacher.boxAp`,
          expected: `${JSON.stringify(quoted.row.teacher?.boxAp)}, as the same teacher is quoted at ${quoted.file} › rows[${quoted.index}].teacher.boxAp`,
          found: JSON.stringify(teacher.boxAp),
        });
      }
    });
  }
  return out;
};
