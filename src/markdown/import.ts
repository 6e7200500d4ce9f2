/**
 * Draft table files from a model-zoo markdown file, in our data format, for a maintainer to
 * complete: columns recognised from their headers (labels kept as printed), models and datasets
 * matched to data/ by name, ids derived from the cells, each row's baseline found as the audit
 * finds it, figures and deltas kept exactly as printed. Each draft passes the table schema;
 * what it could not work out is listed as a note.
 */
import type { Column, Dataset, Figure, Model, Row, Table, Zoo } from '../data/schemas';
import { columnRoles, isBaselineWord } from './audit';
import { parseCell } from './cells';
import { type MdTable, markdownTables } from './tables';

/** What the importer knows from data/: names to match, labels to recognise. */
export type References = Pick<Zoo, 'models' | 'datasets' | 'columns' | 'tables'>;

export interface Draft {
  table: Table;
  /** What a maintainer must look at: guesses and gaps. */
  notes: string[];
}

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/** A header without its unit: "模型体积(MB)" → "模型体积", "Box AP (%)" → "box ap". */
const bare = (header: string) =>
  header
    .replace(/\s*[(（][^)）]*[)）]\s*$/, '')
    .trim()
    .toLowerCase();

/** Every label data/ knows for a column, in both languages, to the column it names. */
function labelIndex(refs: References): Map<string, Column> {
  const index = new Map<string, Column>();
  for (const [metric, def] of Object.entries(refs.columns.metrics)) {
    for (const l of Object.values(def.label)) index.set(bare(l), { metric });
  }
  for (const table of refs.tables) {
    for (const column of table.columns) {
      for (const l of Object.values(column.label ?? {})) {
        index.set(bare(l), 'field' in column ? { field: column.field } : { metric: column.metric });
      }
    }
  }
  return index;
}

const FIELD_PATTERNS: [RegExp, Column][] = [
  [/teacher|教师/i, { field: 'teacher' }],
  [/strateg|method|策略|方法/i, { field: 'strategy' }],
  [/pretrain|预训练/i, { field: 'pretrained' }],
  [/dataset|数据集/i, { field: 'dataset' }],
  [/input|resolution|尺寸/i, { field: 'inputSize' }],
  [/backbone|model|network|骨架|模型|网络/i, { field: 'model' }],
];

function columnFor(table: MdTable, i: number, known: Map<string, Column>): Column {
  const header = table.headers[i] ?? '';
  if (table.rows.some((r) => (r.cells[i]?.links.length ?? 0) > 0)) return { field: 'download' };
  const byLabel = known.get(bare(header));
  if (byLabel) return byLabel;
  const figures = table.rows.some((r) => {
    const cell = parseCell(r.cells[i]?.text ?? '');
    return cell.kind === 'figures' && cell.figures.some((f) => f.delta);
  });
  if (!figures) {
    const field = FIELD_PATTERNS.find(([re]) => re.test(header));
    if (field) return field[1];
  }
  return { metric: slug(bare(header)) };
}

/** Edit distance at most one ("object365" is "Objects365"). */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 6) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

const norm = (text: string) => text.toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]/g, '');

function findModel(refs: References, text: string): Model | undefined {
  const t = norm(text);
  return refs.models.find((m) => norm(m.label) === t || norm(m.name) === t || m.id === t);
}

function findDataset(refs: References, text: string): Dataset | undefined {
  const t = norm(text);
  if (!t) return undefined;
  // By id, by label (one letter off allowed: "object365"), or by one word of the label ("VOC").
  const word = text.trim().toLowerCase();
  return refs.datasets.find(
    (d) =>
      d.id === t || Object.values(d.label).some((l) => near(norm(l), t) || l.toLowerCase().split(/\s+/).includes(word)),
  );
}

/** A dataset named in free text (a heading or the sentence before the table). */
function datasetIn(refs: References, text: string): Dataset | undefined {
  const lower = text.toLowerCase();
  return refs.datasets.find((d) => Object.values(d.label).some((l) => lower.includes(l.toLowerCase())));
}

function techniqueOf(table: MdTable): { technique: Table['technique']; prefix: string } {
  const text = table.headings.join(' ');
  const distill = /蒸馏|distill/i.test(text);
  const prune = /剪裁|裁剪|prun/i.test(text);
  if (distill && prune) return { technique: 'distillation', prefix: 'distill-prune' };
  if (distill) return { technique: 'distillation', prefix: 'distill' };
  if (/量化|quant/i.test(text)) return { technique: 'quantization', prefix: 'quant' };
  return { technique: 'pruning', prefix: 'prune' };
}

const PAGE: Record<Table['technique'], string> = {
  pruning: 'pruning',
  distillation: 'distillation',
  quantization: 'quantization',
};

function draftTable(md: MdTable, refs: References, known: Map<string, Column>, taken: Set<string>): Draft {
  const notes: string[] = [];
  const columns = md.headers.map((_, i) => columnFor(md, i, known));
  // No header says "strategy": the column the audit takes for it (one holding a baseline word) is it.
  if (!columns.some((c) => 'field' in c && c.field === 'strategy')) {
    const i = columnRoles(md).indexOf('strategy');
    if (i >= 0) columns[i] = { field: 'strategy' };
  }
  const at = (key: string) => columns.findIndex((c) => ('field' in c ? c.field : c.metric) === key);
  const cell = (row: MdTable['rows'][number], key: string) => row.cells[at(key)]?.text.replace(/`/g, '').trim() ?? '';
  const { technique, prefix } = techniqueOf(md);
  const tableDataset = datasetIn(refs, md.headings.join(' ')) ?? datasetIn(refs, md.before);
  const datasetOf = (row: MdTable['rows'][number]) =>
    at('dataset') >= 0 ? findDataset(refs, cell(row, 'dataset'))?.id : tableDataset?.id;

  const datasets = new Set(md.rows.map(datasetOf));
  const mixed = datasets.size > 1;
  const base = !mixed && [...datasets][0] ? `${prefix}-${[...datasets][0]}` : prefix;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);

  const rowIds = new Set<string>();
  const rows: Row[] = md.rows.map((r) => {
    const modelText = cell(r, 'model');
    const model = findModel(refs, modelText)?.id ?? slug(modelText);
    if (!findModel(refs, modelText)) notes.push(`line ${r.line}: model "${modelText}" is not in data/models.json`);
    const dataset = datasetOf(r) ?? 'unknown';
    if (dataset === 'unknown') notes.push(`line ${r.line}: no dataset named in the row, the heading or the text above`);
    const pretrainedText = cell(r, 'pretrained');
    const pretrained =
      at('pretrained') >= 0 ? (findDataset(refs, pretrainedText)?.id ?? slug(pretrainedText)) : undefined;
    const strategy =
      cell(r, 'strategy')
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/^_+|_+$/g, '') || 'baseline';
    const inputSize = Number.parseInt(cell(r, 'inputSize'), 10);
    // The dataset is part of the id only where the table mixes datasets.
    const parts = [id, model, mixed ? dataset : '', pretrained && pretrained !== 'imagenet' ? pretrained : ''];
    const rowBase = slug([...parts, strategy, inputSize].join('-'));
    let rowId = rowBase;
    for (let n = 2; rowIds.has(rowId); n++) rowId = `${rowBase}-${n}`;
    rowIds.add(rowId);

    const cells: Record<string, Figure | null> = {};
    columns.forEach((c, i) => {
      if (!('metric' in c)) return;
      const parsed = parseCell(r.cells[i]?.text ?? '');
      const figure = parsed.kind === 'figures' ? parsed.figures[0] : undefined;
      if (parsed.kind === 'figures' && parsed.figures.length > 1) {
        notes.push(`line ${r.line}: "${r.cells[i]?.text}" holds several figures; only the first is kept`);
      }
      if (parsed.kind === 'placeholder')
        notes.push(`line ${r.line}: ${md.headers[i]} is a placeholder ("${r.cells[i]?.text}")`);
      cells[c.metric] = figure ? { value: figure.value, ...(figure.delta ? { delta: figure.delta.text } : {}) } : null;
    });

    const teacherText = cell(r, 'teacher');
    const teacherMatch = teacherText.match(/^(.+?)\s*\((\d+(?:\.\d+)?)\)$/);
    const teacherModel = teacherMatch ? findModel(refs, teacherMatch[1] as string) : undefined;
    const download = r.cells[at('download')]?.links[0];
    return {
      id: rowId,
      model,
      dataset,
      ...(pretrained ? { pretrained } : {}),
      strategy,
      inputSize: Number.isFinite(inputSize) && inputSize > 0 ? inputSize : 1,
      ...(teacherMatch
        ? { teacher: { model: teacherModel?.id ?? slug(teacherMatch[1] as string), boxAp: teacherMatch[2] as string } }
        : {}),
      cells,
      ...(download ? { download } : {}),
    };
  });

  // The baseline of a row: the baseline-marked row with the same model, dataset, pretrained
  // weights and input size. None found: null, as for upstream rows whose deltas read "(-)".
  const isBaseline = (i: number) => isBaselineWord(md.rows[i]?.cells[at('strategy')]?.text ?? '');
  const key = (row: Row) => JSON.stringify([row.model, row.dataset, row.pretrained, row.inputSize]);
  const baselines = new Map<string, string>();
  rows.forEach((row, i) => {
    if (isBaseline(i) && !baselines.has(key(row))) baselines.set(key(row), row.id);
  });
  rows.forEach((row, i) => {
    if (!isBaseline(i)) row.baseline = baselines.get(key(row)) ?? null;
  });

  const label = (header: string) => ({ en: header, 'zh-Hans': header });
  const heading = md.headings.join(' › ') || md.heading || id;
  return {
    table: {
      id,
      technique,
      page: PAGE[technique],
      title: label(md.heading || id),
      upstreamHeading: heading,
      columns: columns.map((c, i) => ({ ...c, label: label(md.headers[i] ?? '') })),
      rows,
      summary: [],
    },
    notes,
  };
}

export function importMarkdown(markdown: string, refs: References): Draft[] {
  const known = labelIndex(refs);
  const taken = new Set<string>();
  return markdownTables(markdown).map((md) => draftTable(md, refs, known, taken));
}
