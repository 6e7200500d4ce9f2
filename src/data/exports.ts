/**
 * The zoo as files to download: each table as JSON and CSV, and the whole zoo
 * as one JSON file. Figures stay strings at their published precision; each
 * delta carries the outcome of its check. The same functions build the
 * "download this view" file in the browser, for the rows and order on screen.
 */
import { outcomeOf, type PageRecords, type WithRecords } from './records';
import type { Row, Table, Zoo } from './schemas';

export interface ExportedCell {
  value: string;
  delta: string | null;
  /** agrees, rounding or disagrees; null where no delta is published or no baseline exists. */
  check: string | null;
}

export interface ExportedRow {
  id: string;
  model: string;
  model_label: string;
  dataset: string;
  pretrained: string | null;
  strategy: string;
  input_size: number;
  baseline: string | null;
  teacher: string | null;
  teacher_box_ap: string | null;
  cells: Record<string, ExportedCell | null>;
  download: string | null;
  url: string;
}

function metricIds(table: Table): string[] {
  return table.columns.flatMap((c) => ('metric' in c ? [c.metric] : []));
}

/**
 * What an export reads each delta's check from: the whole zoo's records (the build's files), or a
 * page's outcomes ("download this view" in the browser, which gives the same checks).
 */
type Checked = Zoo & (WithRecords | PageRecords);

export function exportRow(zoo: Checked, table: Table, row: Row, siteUrl = ''): ExportedRow {
  const teacher = row.teacher ? zoo.models.find((m) => m.id === row.teacher?.model) : undefined;
  return {
    id: row.id,
    model: row.model,
    model_label: zoo.models.find((m) => m.id === row.model)?.label ?? row.model,
    dataset: row.dataset,
    pretrained: row.pretrained ?? null,
    strategy: row.strategy,
    input_size: row.inputSize,
    baseline: row.baseline ?? null,
    teacher: teacher?.name ?? null,
    teacher_box_ap: row.teacher?.boxAp ?? null,
    cells: Object.fromEntries(
      metricIds(table).map((m) => {
        const f = row.cells[m];
        const check = outcomeOf(zoo, `${row.id}.${m}`) ?? null;
        return [m, f ? { value: f.value, delta: f.delta ?? null, check } : null];
      }),
    ),
    download: row.download ?? null,
    url: `${siteUrl}/${table.page}#${row.id}`,
  };
}

export function exportTable(zoo: Checked, table: Table, rows: Row[] = table.rows, siteUrl = '') {
  return {
    id: table.id,
    title: table.title,
    technique: table.technique,
    metrics: Object.fromEntries(
      metricIds(table).map((m) => {
        const def = zoo.columns.metrics[m];
        return [m, { label: def?.label, unit: def?.unit ?? null, better: def?.better, delta: def?.delta }];
      }),
    ),
    source: { repository: zoo.source.repository, commit: zoo.source.commit, file: zoo.source.file },
    rows: rows.map((r) => exportRow(zoo, table, r, siteUrl)),
  };
}

export function exportZoo(zoo: Zoo & WithRecords, siteUrl = '') {
  return {
    source: zoo.source,
    strategies: zoo.strategies,
    models: zoo.models,
    datasets: zoo.datasets,
    devices: zoo.devices,
    tables: zoo.tables.map((t) => exportTable(zoo, t, t.rows, siteUrl)),
  };
}

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV: one header row of stable column names, then a row per model.
 * UTF-8 with a byte-order mark and CRLF line ends, so spreadsheet programs
 * open the Chinese labels correctly.
 */
export function tableCsv(zoo: Checked, table: Table, rows: Row[] = table.rows, siteUrl = ''): string {
  const metrics = metricIds(table);
  const header = [
    'id',
    'model',
    'dataset',
    'dataset_en',
    'dataset_zh',
    'pretrained',
    'strategy',
    'strategy_en',
    'strategy_zh',
    'input_size',
    'baseline',
    'teacher',
    'teacher_box_ap',
    ...metrics.flatMap((m) => [m, `${m}_delta`, `${m}_check`]),
    'download',
    'url',
  ];
  const lines = rows.map((row) => {
    const r = exportRow(zoo, table, row, siteUrl);
    const dataset = zoo.datasets.find((d) => d.id === row.dataset);
    const strategy = zoo.strategies.strategies.find((s) => s.id === row.strategy);
    return [
      r.id,
      r.model_label,
      r.dataset,
      dataset?.label.en,
      dataset?.label['zh-Hans'],
      r.pretrained,
      r.strategy,
      strategy?.short.en,
      strategy?.short['zh-Hans'],
      r.input_size,
      r.baseline,
      r.teacher,
      r.teacher_box_ap,
      ...metrics.flatMap((m) => {
        const c = r.cells[m];
        return [c?.value, c?.delta, c?.check];
      }),
      r.download,
      r.url,
    ]
      .map(field)
      .join(',');
  });
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
