/**
 * The errata register holds exactly the upstream's real disagreements: an
 * entry must name an existing cell or quote whose published value it repeats,
 * and that value must still disagree. A stale entry fails like a new error.
 */
import type { Finding } from '../problems';
import type { Check } from './context';

export const errataRegister: Check = ({ zoo, rows, verification }) => {
  const out: Finding[] = [];
  const records = new Map(verification().map((r) => [r.id, r]));
  const seen = new Set<string>();
  zoo.errata.forEach((e, i) => {
    const file = 'data/errata.json';
    const at = `[${i}]`;
    const key =
      'row' in e.target
        ? `${e.target.row}.${e.target.column}`
        : `${e.target.table}.${e.target.point}.${e.target.quote}`;
    if (seen.has(key)) {
      out.push({
        file,
        path: `${at}.target`,
        expected: 'one entry per cell or quote',
        found: `a second entry for ${key}`,
      });
      return;
    }
    seen.add(key);
    if ('row' in e.target) {
      const row = rows.get(e.target.row)?.row;
      if (!row) {
        out.push({
          file,
          path: `${at}.target.row`,
          expected: 'the id of an existing row',
          found: JSON.stringify(e.target.row),
        });
        return;
      }
      const figure = row.cells[e.target.column];
      if (!figure?.delta) {
        out.push({
          file,
          path: `${at}.target.column`,
          expected: `a column of ${row.id} with a published delta`,
          found: JSON.stringify(e.target.column),
        });
        return;
      }
      if (figure.delta !== e.published) {
        out.push({
          file,
          path: `${at}.published`,
          expected: `the delta as the cell publishes it, ${JSON.stringify(figure.delta)}`,
          found: JSON.stringify(e.published),
        });
        return;
      }
    } else {
      const table = zoo.tables.find((t) => t.id === (e.target as { table: string }).table);
      const point = table?.summary.find((p) => 'point' in e.target && p.id === e.target.point);
      const quote = 'quote' in e.target ? point?.quotes[e.target.quote] : undefined;
      if (!quote) {
        out.push({
          file,
          path: `${at}.target`,
          expected: 'an existing table, summary point and quote index',
          found: key,
        });
        return;
      }
      if (quote.published !== e.published) {
        out.push({
          file,
          path: `${at}.published`,
          expected: `the figure as the summary point quotes it, ${JSON.stringify(quote.published)}`,
          found: JSON.stringify(e.published),
        });
        return;
      }
    }
    const record = records.get(key);
    if (record?.outcome !== 'disagrees') {
      out.push({
        file,
        path: at,
        expected: `a disagreement at ${key} (stale entries are errors: remove it)`,
        found: record
          ? `the published ${record.published} ${record.outcome === 'agrees' ? 'agrees' : 'agrees through rounding'}`
          : 'nothing checked there',
      });
    }
  });
  return out;
};
