/**
 * A figure that a summary point quotes must be the figure in the cell it
 * names, and a quoted delta must agree with the figures, or be recorded as an
 * upstream erratum.
 */
import type { Finding } from '../problems';
import type { Check } from './context';

export const claimAgreement: Check = ({ zoo, rows, tableFile, verification }) => {
  const out: Finding[] = [];
  const records = new Map(verification().map((r) => [r.id, r]));
  for (const table of zoo.tables) {
    table.summary.forEach((point, i) => {
      point.quotes.forEach((quote, j) => {
        const path = `summary[${i}].quotes[${j}].published`;
        const record = records.get(`${table.id}.${point.id}.${j}`);
        if (record?.kind !== 'claim') {
          const row = rows.get(quote.row)?.row;
          const figure = row && quote.column !== 'inputSize' ? row.cells[quote.column] : undefined;
          // A quoted delta needs one in the cell and a baseline row; a dangling baseline is reported elsewhere.
          const uncheckable = !figure?.delta || figure.delta === '-' || row?.baseline === null;
          if (row && quote.part === 'delta' && uncheckable) {
            out.push({
              file: tableFile(table),
              path: `summary[${i}].quotes[${j}].part`,
              expected: `a quoted cell with a published delta and a baseline`,
              found: figure ? `the cell ${JSON.stringify(figure.value)} with no checkable delta` : 'an empty cell',
            });
          }
          return;
        }
        if (record.outcome !== 'disagrees' || record.erratum) return;
        const message = record.verdict
          ? `quotes ${record.published}, but the cell it names publishes ${record.cell}; ${record.value} against baseline ${record.baseline?.value} gives ${record.verdict.plain} (agrees: ${record.verdict.agreeing[0]} … ${record.verdict.agreeing[1]})`
          : `quotes ${record.published}, but the cell it names (${record.row}, ${record.column}) holds ${record.cell}`;
        out.push({ file: tableFile(table), path, expected: '', found: '', message });
      });
    });
  }
  return out;
};
