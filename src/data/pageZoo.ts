/**
 * The data one page carries: the rows it shows, the rows those point at (baselines, whose names
 * the explanations give, and teachers, which they link to), and the verification records of the
 * rows it shows, computed here at build time. The browser renders from this and never runs verify().
 */
import type { WithRecords } from './records';
import type { Row, Table, Zoo } from './schemas';
import { withRecords } from './verify';

/** A page's data: `records` holds those of the rows it shows (deltas, and the figures its summaries quote). */
export type PageZoo = Zoo & WithRecords;

/**
 * `records: 'errata'` is for pages that show no table (overview, charts, errata, finder…): they
 * need only the records of the errata they list, not the proof of every delta.
 */
export function pageZoo(
  zoo: Zoo,
  shows: (table: Table, row: Row) => boolean = () => true,
  { records = 'shown' }: { records?: 'shown' | 'errata' } = {},
): PageZoo {
  const shown = new Set(zoo.tables.flatMap((t) => t.rows.filter((r) => shows(t, r)).map((r) => r.id)));
  const needed = new Set(shown);
  for (const row of zoo.tables.flatMap((t) => t.rows)) {
    if (!shown.has(row.id)) continue;
    if (row.baseline) needed.add(row.baseline);
    if (row.teacher?.row) needed.add(row.teacher.row);
  }
  const tables = zoo.tables.flatMap((table) => {
    const rows = table.rows.filter((r) => needed.has(r.id));
    if (rows.length === 0) return [];
    // A table the page shows in part (only rows it points at) has no summary to render.
    return [rows.length === table.rows.length ? table : { ...table, rows, summary: [] }];
  });
  const whole = new Set(zoo.tables.filter((t) => t.rows.every((r) => shown.has(r.id))).map((t) => t.id));
  return {
    ...zoo,
    tables,
    // The pages need only the moves of the permalink manifest, not its long list of anchors.
    permalinks: { pages: {}, moved: zoo.permalinks.moved },
    // A delta's record by its row; a quoted figure's by the table whose summary quotes it.
    // Computed once per zoo (withRecords), however many pages are cut from it.
    records: withRecords(zoo).records.filter(
      (r) =>
        (r.kind === 'delta' ? shown.has(r.row) : whole.has(r.table)) &&
        (records === 'shown' || r.erratum !== undefined),
    ),
    // The errata of what the page shows: its cells, and the figures its tables' summaries quote.
    errata: zoo.errata.filter((e) => ('row' in e.target ? shown.has(e.target.row) : whole.has(e.target.table))),
  };
}
