/**
 * A table's view (sort and filters) and its place in the URL query, so that a
 * sorted, filtered table can be shared and survives reload. Pure functions:
 * the component keeps no state that the URL does not hold.
 *
 * Query parameters, one set per table: `<table>.sort=<column>[.delta]`,
 * `<table>.dir=asc|desc`, and `<table>.<field>=<value>` for each filter.
 */

import type { Row, Table, Zoo } from '../data/schemas';

export const FILTER_FIELDS = ['model', 'strategy', 'inputSize', 'dataset'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface View {
  sort?: { column: string; by: 'value' | 'delta'; dir: 'asc' | 'desc' };
  filters: Partial<Record<FilterField, string>>;
}

export const EMPTY_VIEW: View = { filters: {} };

/**
 * The columns a table can be sorted by: its field columns and its metrics, but not its downloads.
 * Sorted by file name, the rows came in an order that told a reader nothing.
 */
export function sortableColumns(table: Table): string[] {
  return table.columns.flatMap((c) => ('field' in c ? (c.field === 'download' ? [] : [c.field]) : [c.metric]));
}

/** The filters a table offers: its columns that take more than one value. */
export function filterOptions(table: Table): { field: FilterField; values: string[] }[] {
  return FILTER_FIELDS.flatMap((field) => {
    const shown = table.columns.some((c) => 'field' in c && c.field === field);
    const values = [...new Set(table.rows.map((r) => String(r[field])))];
    if (!shown || values.length < 2) return [];
    return [{ field, values: field === 'inputSize' ? values.sort((a, b) => Number(b) - Number(a)) : values }];
  });
}

/**
 * A row's values for the filters its table offers, as attributes (`data-strategy="r578"`): from
 * them the page's head script (src/plugins/url-view) leaves out, before anything is drawn, the
 * rows a shared link's filters hide, so the table has its final height from the first paint.
 */
export function filterData(table: Table, row: Row): Record<string, string> {
  return Object.fromEntries(
    filterOptions(table).map(({ field }) => [`data-${field.toLowerCase()}`, String(row[field])]),
  );
}

export function parseView(search: string, table: Table): View {
  const params = new URLSearchParams(search);
  const view: View = { filters: {} };
  const sort = params.get(`${table.id}.sort`);
  if (sort) {
    const [column = '', by] = sort.split('.');
    if (sortableColumns(table).includes(column)) {
      view.sort = {
        column,
        by: by === 'delta' ? 'delta' : 'value',
        dir: params.get(`${table.id}.dir`) === 'desc' ? 'desc' : 'asc',
      };
    }
  }
  for (const { field, values } of filterOptions(table)) {
    const value = params.get(`${table.id}.${field}`);
    if (value && values.includes(value)) view.filters[field] = value;
  }
  return view;
}

/** The query string with this table's view written in, other parameters kept. */
export function writeView(search: string, table: Table, view: View): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(`${table.id}.`)) params.delete(key);
  if (view.sort) {
    params.set(`${table.id}.sort`, view.sort.by === 'delta' ? `${view.sort.column}.delta` : view.sort.column);
    params.set(`${table.id}.dir`, view.sort.dir);
  }
  for (const field of FILTER_FIELDS) {
    const value = view.filters[field];
    if (value !== undefined) params.set(`${table.id}.${field}`, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** What a cell sorts by: a number for figures and deltas, text otherwise; undefined sorts last. */
export function sortKey(zoo: Zoo, row: Row, column: string, by: 'value' | 'delta'): number | string | undefined {
  const figure = row.cells[column];
  if (column in row.cells || zoo.columns.metrics[column]) {
    if (!figure) return undefined;
    if (by === 'value') return Number(figure.value);
    return figure.delta === undefined || figure.delta === '-' ? undefined : Number(figure.delta.replace('%', ''));
  }
  switch (column) {
    case 'model':
      return zoo.models.find((m) => m.id === row.model)?.label;
    case 'inputSize':
      return row.inputSize;
    case 'teacher':
      return row.teacher ? Number(row.teacher.boxAp) : undefined;
    case 'pretrained':
      return row.pretrained;
    default:
      return String(row[column as 'strategy' | 'dataset']);
  }
}

/** Whether a row passes every filter the view sets. */
export function passesFilters(view: View, row: Row): boolean {
  return FILTER_FIELDS.every((f) => view.filters[f] === undefined || String(row[f]) === view.filters[f]);
}

/** The rows on screen: filtered, then sorted (stable; missing values last in either direction). */
export function applyView(zoo: Zoo, table: Table, view: View): Row[] {
  const rows = table.rows.filter((row) => passesFilters(view, row));
  const sort = view.sort;
  if (!sort) return rows;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: sortKey(zoo, row, sort.column, sort.by) }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) {
        return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
      }
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : String(a.key).localeCompare(String(b.key), 'en');
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((x) => x.row);
}
