/** What every check needs: the zoo, lookups by id, and where each thing lives. */
import type { Finding } from '../problems';
import type { Row, Table, Zoo } from '../schemas';
import { type VerificationRecord, verify } from '../verify';

export interface RowRef {
  table: Table;
  row: Row;
  index: number;
}

export interface CheckContext {
  zoo: Zoo;
  /** Every row in the zoo by id (first occurrence wins; duplicates are their own problem). */
  rows: Map<string, RowRef>;
  tableFile(table: Table): string;
  /** Every delta and quoted figure, checked (computed once, on first use). */
  verification(): VerificationRecord[];
}

export type Check = (ctx: CheckContext) => Finding[];

export function tableFile(table: Pick<Table, 'id'>): string {
  return `data/tables/${table.id}.json`;
}

export function makeContext(zoo: Zoo): CheckContext {
  const rows = new Map<string, RowRef>();
  for (const table of zoo.tables) {
    table.rows.forEach((row, index) => {
      if (!rows.has(row.id)) rows.set(row.id, { table, row, index });
    });
  }
  let records: VerificationRecord[] | undefined;
  const verification = () => {
    records ??= verify(zoo);
    return records;
  };
  return { zoo, rows, tableFile, verification };
}

/** The metric ids a table shows, in column order. */
export function metricColumns(table: Table): string[] {
  return table.columns.flatMap((c) => ('metric' in c ? [c.metric] : []));
}

/** Where a row sits: its file and JSON path, for messages. */
export function rowAt(ctx: CheckContext, rowId: string): { file: string; path: string } {
  const ref = ctx.rows.get(rowId);
  return ref ? { file: ctx.tableFile(ref.table), path: `rows[${ref.index}]` } : { file: 'data/tables', path: rowId };
}

export function hasField(table: Table, field: string): boolean {
  return table.columns.some((c) => 'field' in c && c.field === field);
}
