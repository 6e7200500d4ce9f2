/**
 * A table's rows as its cells print them, built once per table and locale: each cell then gets its
 * own values (a label, a link, a check), not the page's data to look them up in as it renders.
 */
import type { DownloadCheck, Figure, Locale, MetricDef, Row, Table, Zoo } from '../../data/schemas';
import { rowPath } from '../../lib/links';
import { rowName, teacherText } from '../../lib/rowName';
import { filterData } from '../../lib/tableView';

/** What a non-figure cell prints. */
export type FieldView =
  /** The row's header: its model, with the row's full name for the copy link's label. */
  | { kind: 'rowHeader'; model: string; name: string; aliases: string[] }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'code'; text: string }
  /** A distillation row's teacher, linked to the teacher's own row where the zoo has one. */
  | { kind: 'teacher'; text: string; to?: string }
  | { kind: 'noTeacher' }
  | { kind: 'download'; url: string; check: DownloadCheck | undefined }
  | { kind: 'none' };

/** What a figure cell prints: the published figure, and which way is better for its column. */
export interface FigureView {
  figure: Figure | null;
  better: MetricDef['better'];
}

export interface RowView {
  row: Row;
  /** Old ids of the row (recorded moves) that still land on it: its header holds them. */
  aliases: string[];
  /** By field (`model`, `dataset`…) or by metric id, as the table's columns name them. */
  fields: Record<string, FieldView>;
  figures: Record<string, FigureView>;
  /** The row's values for its table's filters, as `data-*` attributes (lib/tableView's filterData). */
  filterData: Record<string, string>;
}

/** Anchors that moved to this table or row from elsewhere on its page (data/permalinks.json › moved). */
export function aliasesOf(zoo: Zoo, table: Table, id: string): string[] {
  return Object.entries(zoo.permalinks.moved).flatMap(([from, to]) => {
    const [fromPage, fromAnchor] = from.split('#');
    return to === `/${table.page}#${id}` && fromPage === `/${table.page}` && fromAnchor ? [fromAnchor] : [];
  });
}

function fieldView(zoo: Zoo, table: Table, row: Row, field: string, locale: Locale, aliases: string[]): FieldView {
  switch (field) {
    case 'model':
      return {
        kind: 'rowHeader',
        model: zoo.models.find((m) => m.id === row.model)?.label ?? row.model,
        name: rowName(zoo, row, locale, table),
        aliases,
      };
    case 'dataset':
      return { kind: 'text', text: zoo.datasets.find((d) => d.id === row.dataset)?.label[locale] ?? '' };
    case 'pretrained': {
      const set = zoo.datasets.find((d) => d.id === row.pretrained);
      return { kind: 'text', text: set ? set.label[locale] : '–' };
    }
    case 'strategy':
      return { kind: 'code', text: row.strategy };
    case 'inputSize':
      return { kind: 'number', value: row.inputSize };
    case 'teacher':
      if (!row.teacher) return { kind: 'noTeacher' };
      return {
        kind: 'teacher',
        text: teacherText(zoo, row.teacher),
        to: row.teacher.row ? rowPath(zoo, row.teacher.row) : undefined,
      };
    case 'download':
      return row.download
        ? { kind: 'download', url: row.download, check: zoo.downloadChecks.results[row.download] }
        : { kind: 'text', text: '–' };
    default:
      return { kind: 'none' };
  }
}

/** Every row of the table, in upstream order, with what each of its cells prints in `locale`. */
export function rowViews(zoo: Zoo, table: Table, locale: Locale): RowView[] {
  return table.rows.map((row) => {
    const aliases = aliasesOf(zoo, table, row.id);
    const fields: Record<string, FieldView> = {};
    const figures: Record<string, FigureView> = {};
    for (const column of table.columns) {
      if ('field' in column) fields[column.field] = fieldView(zoo, table, row, column.field, locale, aliases);
      else
        figures[column.metric] = {
          figure: row.cells[column.metric] ?? null,
          better: zoo.columns.metrics[column.metric]?.better ?? 'higher',
        };
    }
    return { row, aliases, fields, figures, filterData: filterData(table, row) };
  });
}
