/**
 * A row carries exactly what its table's columns show: one cell per metric
 * column, a download link where the table has that column, and a baseline
 * reference on every row that is not itself a baseline.
 */
import type { Finding } from '../problems';
import type { Check } from './context';
import { hasField, metricColumns } from './context';

const quoted = (keys: string[]) => (keys.length ? keys.map((k) => JSON.stringify(k)).join(', ') : 'none');

export const rowShape: Check = ({ zoo, tableFile }) => {
  const out: Finding[] = [];
  const technique = new Map(zoo.strategies.strategies.map((s) => [s.id, s.technique]));
  for (const table of zoo.tables) {
    const file = tableFile(table);
    const metrics = metricColumns(table);
    table.rows.forEach((row, i) => {
      const at = `rows[${i}]`;
      const cells = Object.keys(row.cells);
      for (const m of metrics) {
        if (!(m in row.cells)) {
          out.push({
            file,
            path: `${at}.cells.${m}`,
            expected: 'a figure, or null for an empty cell',
            found: 'nothing (the cell is missing)',
          });
        }
      }
      for (const c of cells) {
        if (!metrics.includes(c)) {
          out.push({
            file,
            path: `${at}.cells.${c}`,
            expected: `only cells for this table's metric columns (${quoted(metrics)})`,
            found: 'a cell for another column',
          });
        }
      }
      const optional = [
        ['download', row.download],
        ['pretrained', row.pretrained],
      ] as const;
      for (const [field, value] of optional) {
        const wanted = hasField(table, field);
        if (wanted && value === undefined) {
          out.push({
            file,
            path: `${at}.${field}`,
            expected: `a ${field} value, since the table has a ${field} column`,
            found: 'nothing (the field is missing)',
          });
        } else if (!wanted && value !== undefined) {
          out.push({
            file,
            path: `${at}.${field}`,
            expected: `no ${field} value, since the table has no ${field} column`,
            found: JSON.stringify(value),
          });
        }
      }
      if (row.teacher && !hasField(table, 'teacher')) {
        out.push({
          file,
          path: `${at}.teacher`,
          expected: 'no teacher, since the table has no teacher column',
          found: 'an object',
        });
      }

      const isBaseline = row.strategy === 'baseline';
      const rowTechnique = technique.get(row.strategy);
      if (!isBaseline && rowTechnique !== undefined && rowTechnique !== table.technique) {
        out.push({
          file,
          path: `${at}.strategy`,
          expected: `a ${table.technique} strategy or "baseline"`,
          found: `${JSON.stringify(row.strategy)}, a ${rowTechnique} strategy`,
        });
      }
      const deltas = Object.entries(row.cells).filter(([, fig]) => fig?.delta !== undefined && fig.delta !== '-');
      if (isBaseline) {
        if (row.baseline !== undefined) {
          out.push({
            file,
            path: `${at}.baseline`,
            expected: 'no baseline on a baseline row',
            found: JSON.stringify(row.baseline),
          });
        }
        for (const [key] of deltas) {
          out.push({
            file,
            path: `${at}.cells.${key}.delta`,
            expected: 'no delta on a baseline row',
            found: JSON.stringify(row.cells[key]?.delta),
          });
        }
      } else if (row.baseline === undefined) {
        out.push({
          file,
          path: `${at}.baseline`,
          expected: 'the id of the baseline row this row is compared with, or null where upstream gives none',
          found: 'nothing (the field is missing)',
        });
      } else if (row.baseline === null) {
        for (const [key] of deltas) {
          out.push({
            file,
            path: `${at}.cells.${key}.delta`,
            expected: 'no delta, since the row names no baseline',
            found: JSON.stringify(row.cells[key]?.delta),
          });
        }
      }
    });
  }
  return out;
};
