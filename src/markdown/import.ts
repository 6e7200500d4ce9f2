/**
 * Draft table files from a model-zoo markdown file, in our data format, for a maintainer to
 * complete: columns recognised from their headers (labels kept as printed), models and datasets
 * matched to data/ by name, ids derived from the cells, each row's baseline found as the audit
 * finds it, figures kept as printed and deltas as changes (a drop column's signs flipped, a "%" on
 * a percentage figure read as points). What it could not work out is a note at its source line; a
 * row it cannot keep whole is refused, never half-drafted; a table that is not a benchmark is
 * skipped. A draft can still fail the table schema (an unsigned delta): the command says where.
 */
import type { Column, Dataset, Figure, Model, Row, Table, Zoo } from '../data/schemas';
import {
  benchmarkReason,
  columnConventions,
  columnRoles,
  flip,
  holdsLinks,
  isBaselineWord,
  MEASURE_HEADER,
  namesKey,
} from './audit';
import { type CellDelta, type CellFigure, normalizeText, parseCell } from './cells';
import { type MdRow, type MdTable, markdownTables } from './tables';

/** What the importer knows from data/: names to match, labels to recognise. */
export type References = Pick<Zoo, 'models' | 'datasets' | 'columns' | 'tables' | 'strategies'>;

/** Something a maintainer must look at, at its line in the source file. */
export interface Note {
  line: number;
  text: string;
}

export interface Draft {
  table: Table;
  /** The table's line in the source file, and each drafted row's. */
  line: number;
  rowLines: number[];
  /** What a maintainer must look at: guesses, gaps and refused rows. */
  notes: Note[];
}

/** A table of the file that was not drafted, and why. */
export interface Skipped {
  line: number;
  heading: string;
  reason: string;
  notes: Note[];
}

export interface Imported {
  drafts: Draft[];
  skipped: Skipped[];
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
  normalizeText(header)
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
  const header = normalizeText(table.headers[i] ?? '');
  // A teacher column may link to the teacher; it is still the teacher.
  if (/teacher|教师/i.test(header)) return { field: 'teacher' };
  if (holdsLinks(table, i) && !namesKey(header)) return { field: 'download' };
  const byLabel = known.get(bare(header));
  if (byLabel) return byLabel;
  const figures = table.rows.some((r) => {
    const cell = parseCell(r.cells[i]?.text ?? '');
    return cell.kind === 'figures' && cell.figures.some((f) => f.delta);
  });
  // "Model size", "模型体积": a measure, though its header names the model.
  if (!figures && !MEASURE_HEADER.test(header)) {
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

/** The technique a table's headings (or else the document's title) name; undefined when none does. */
function techniqueOf(table: MdTable): { technique: Table['technique']; prefix: string } | undefined {
  for (const text of [table.headings.join(' '), table.title]) {
    const distill = /蒸馏|distill/i.test(text);
    const prune = /剪裁|裁剪|剪枝|prun/i.test(text);
    if (distill && prune) return { technique: 'distillation', prefix: 'distill-prune' };
    if (distill) return { technique: 'distillation', prefix: 'distill' };
    if (/量化|quant/i.test(text)) return { technique: 'quantization', prefix: 'quant' };
    if (prune) return { technique: 'pruning', prefix: 'prune' };
  }
  return undefined;
}

const PAGE: Record<Table['technique'], string> = {
  pruning: 'pruning',
  distillation: 'distillation',
  quantization: 'quantization',
};

/** A strategy id from its word ("r578", "l2_distiil"), or undefined where none can be made (CJK). */
function strategyId(text: string): string | undefined {
  const id = normalizeText(text)
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /\P{ASCII}/u.test(text) || !id ? undefined : id;
}

function draftTable(md: MdTable, refs: References, known: Map<string, Column>, taken: Set<string>): Draft | Skipped {
  const notes: Note[] = [];
  const note = (line: number, text: string) => notes.push({ line, text });
  const roles = columnRoles(md);
  const columns = md.headers.map((_, i) => columnFor(md, i, known));
  // No header says "strategy": the column the audit takes for it (one holding a baseline word) is it.
  if (!columns.some((c) => 'field' in c && c.field === 'strategy')) {
    const i = roles.indexOf('strategy');
    if (i >= 0) columns[i] = { field: 'strategy' };
  }
  // Each field once. A second column naming the model ("Model" and "Backbone") is joined into the
  // model's name; any other repeated field is left out, with a note.
  const modelColumns: number[] = [];
  const seenFields = new Map<string, number>();
  const leftOut = new Set<number>();
  columns.forEach((c, i) => {
    if (!('field' in c)) return;
    if (c.field === 'model') modelColumns.push(i);
    const first = seenFields.get(c.field);
    if (first === undefined) {
      seenFields.set(c.field, i);
      return;
    }
    leftOut.add(i);
    note(
      md.line,
      c.field === 'model'
        ? `column "${md.headers[i]}" also names the model; its values are joined to "${md.headers[first]}"`
        : `column "${md.headers[i]}" reads as ${c.field} like "${md.headers[first]}"; left out of the draft`,
    );
  });
  // Two headers data/ does not know may slug alike ("精度", "速度" → "x"): each metric once.
  const metrics = new Set<string>();
  columns.forEach((c, i) => {
    if (!('metric' in c)) return;
    let id = c.metric;
    for (let n = 2; metrics.has(id); n++) id = `${c.metric}-${n}`;
    metrics.add(id);
    if (id !== c.metric || !refs.columns.metrics[id]) {
      note(md.line, `column "${md.headers[i]}" is not a metric data/columns.json knows; drafted as "${id}"`);
    }
    columns[i] = { metric: id };
  });
  const at = (key: string) => columns.findIndex((c) => ('field' in c ? c.field : c.metric) === key);
  const cell = (row: MdRow, key: string) => row.cells[at(key)]?.text.replace(/`/g, '').trim() ?? '';
  const named = techniqueOf(md);
  if (!named)
    note(md.line, 'no technique (pruning, distillation, quantization) named above the table; drafted as pruning');
  const { technique, prefix } = named ?? { technique: 'pruning' as const, prefix: 'prune' };
  const tableDataset = datasetIn(refs, md.headings.join(' ')) ?? datasetIn(refs, md.before);
  // A dataset data/ does not know keeps its own name (slugged): two unknown datasets stay two.
  const datasetOf = (row: MdRow) =>
    at('dataset') >= 0
      ? (findDataset(refs, cell(row, 'dataset'))?.id ?? (slug(cell(row, 'dataset')) || undefined))
      : tableDataset?.id;

  const datasets = new Set(md.rows.map(datasetOf));
  const mixed = datasets.size > 1;
  const base = !mixed && [...datasets][0] ? `${prefix}-${[...datasets][0]}` : prefix;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;

  if (at('strategy') < 0) note(md.line, 'no strategy column: no row is taken for a baseline');
  if (at('inputSize') < 0)
    note(md.line, 'no input-size column: every row is drafted with inputSize 1; set the real size');
  const knownStrategies = new Set(refs.strategies.strategies.map((s) => s.id));
  const unknownWords = new Map<string, string>();
  // data/ holds a delta as the change from the baseline, with "%" for a relative one. A column that
  // publishes drops is stored as changes (sign flipped); a "%" on a percentage figure is points.
  const conventions = columnConventions(md);
  const drops = new Set(columns.flatMap((c, i) => ('metric' in c && conventions[i] === 'drop' ? [i] : [])));
  for (const i of drops) {
    note(md.line, `column "${md.headers[i]}" publishes drops (baseline − value); its deltas are drafted as changes`);
  }
  const storedDelta = (i: number, figure: CellFigure): string => {
    const delta = figure.delta as CellDelta;
    if (delta.none) return '-';
    const points = figure.percent ? delta.text.replace(/%$/, '') : delta.text;
    return drops.has(i) ? flip(points) : points;
  };

  const rowIds = new Set<string>();
  const rows: Row[] = [];
  // Each drafted row's source row and whether it is a baseline, by position.
  const sources: MdRow[] = [];
  const isBaseline: boolean[] = [];
  for (const r of md.rows) {
    // A row whose cells cannot be kept as they are is refused, with the reason, never half-drafted.
    const multi = columns.findIndex((c, i) => {
      const parsed = parseCell(r.cells[i]?.text ?? '');
      return 'metric' in c && parsed.kind === 'figures' && parsed.figures.length > 1;
    });
    if (multi >= 0) {
      note(
        r.line,
        `"${r.cells[multi]?.text}" under ${md.headers[multi]} holds several figures, and a column holds one figure a row: ` +
          'the row is left out (split the column, e.g. into box AP and mask AP, or Top-1 and Top-5)',
      );
      continue;
    }
    const sizeText = normalizeText(cell(r, 'inputSize'));
    if (at('inputSize') >= 0 && !/^\d+$/.test(sizeText)) {
      note(r.line, `input size "${sizeText}" is not one whole number: the row is left out`);
      continue;
    }
    const inputSize = at('inputSize') >= 0 ? Number.parseInt(sizeText, 10) : 1;

    const modelText = modelColumns
      .map((i) => r.cells[i]?.text.replace(/`/g, '').trim() ?? '')
      .filter(Boolean)
      .join(' ');
    const model = findModel(refs, modelText)?.id ?? slug(modelText);
    if (!findModel(refs, modelText)) note(r.line, `model "${modelText}" is not in data/models.json`);
    const dataset = datasetOf(r) ?? 'unknown';
    if (dataset === 'unknown') note(r.line, 'no dataset named in the row, the heading or the text above');
    else if (at('dataset') >= 0 && !findDataset(refs, cell(r, 'dataset')))
      note(r.line, `dataset "${cell(r, 'dataset')}" is not in data/datasets.json`);
    const pretrainedText = cell(r, 'pretrained');
    const pretrained =
      at('pretrained') >= 0 ? (findDataset(refs, pretrainedText)?.id ?? slug(pretrainedText)) : undefined;

    // A baseline only where the cell says so in a word the audit knows; any other word is a strategy.
    const strategyText = cell(r, 'strategy');
    const baseline = at('strategy') >= 0 && isBaselineWord(strategyText);
    let strategy = baseline ? 'baseline' : strategyId(strategyText);
    if (!strategy) {
      strategy = unknownWords.get(strategyText) ?? `unknown_${unknownWords.size + 1}`;
      if (!unknownWords.has(strategyText)) {
        unknownWords.set(strategyText, strategy);
        note(
          r.line,
          `strategy "${strategyText}" is a word the importer does not know; drafted as "${strategy}" (not a baseline): give it an id in data/strategies.json`,
        );
      }
    } else if (!baseline && !knownStrategies.has(strategy)) {
      note(r.line, `strategy "${strategyText}" is not in data/strategies.json`);
    }

    // The dataset is part of the id only where the table mixes datasets.
    const parts = [id, model, mixed ? dataset : '', pretrained && pretrained !== 'imagenet' ? pretrained : ''];
    const rowBase = slug([...parts, strategy, inputSize].join('-'));
    let rowId = rowBase;
    for (let n = 2; rowIds.has(rowId); n++) rowId = `${rowBase}-${n}`;
    rowIds.add(rowId);

    const cells: Record<string, Figure | null> = {};
    columns.forEach((c, i) => {
      if (!('metric' in c)) return;
      const text = r.cells[i]?.text ?? '';
      const parsed = parseCell(text);
      const figure = parsed.kind === 'figures' ? parsed.figures[0] : undefined;
      if (parsed.kind === 'placeholder')
        note(r.line, `${md.headers[i]} is a placeholder ("${text}"); left empty (null)`);
      if (parsed.kind === 'change')
        note(r.line, `${md.headers[i]} prints a change without its figure ("${text}"); left empty (null)`);
      if (parsed.kind === 'text') note(r.line, `${md.headers[i]}: "${text}" is not a figure; left empty (null)`);
      cells[c.metric] = figure
        ? { value: figure.value, ...(figure.delta ? { delta: storedDelta(i, figure) } : {}) }
        : null;
    });

    const teacherText = cell(r, 'teacher');
    const teacherMatch = normalizeText(teacherText).match(/^(.+?)\s*\((\d+(?:\.\d+)?)\)$/);
    const teacherModel = teacherMatch ? findModel(refs, teacherMatch[1] as string) : undefined;
    const download = r.cells[at('download')]?.links[0];
    const row: Row = {
      id: rowId,
      model,
      dataset,
      ...(pretrained ? { pretrained } : {}),
      strategy,
      inputSize,
      ...(teacherMatch
        ? { teacher: { model: teacherModel?.id ?? slug(teacherMatch[1] as string), boxAp: teacherMatch[2] as string } }
        : {}),
      cells,
      ...(download ? { download } : {}),
    };
    rows.push(row);
    sources.push(r);
    isBaseline.push(baseline);
  }
  if (rows.length === 0) return { line: md.line, heading: md.heading, reason: 'every row was left out', notes };
  taken.add(id);

  // The baseline of a row: the baseline-marked row with the same key cells, as the audit matches
  // them (model, dataset, pretrained weights, input size, as printed). None found: null, as for
  // upstream rows whose deltas read "(-)".
  const keyColumns = roles.flatMap((role, i) => (role === 'key' ? [i] : []));
  const key = (i: number) => JSON.stringify(keyColumns.map((k) => normalizeText(sources[i]?.cells[k]?.text ?? '')));
  const baselines = new Map<string, string>();
  rows.forEach((row, i) => {
    if (isBaseline[i] && !baselines.has(key(i))) baselines.set(key(i), row.id);
  });
  rows.forEach((row, i) => {
    if (isBaseline[i]) return;
    row.baseline = baselines.get(key(i)) ?? null;
    const hasDelta = Object.values(row.cells).some((f) => f?.delta && f.delta !== '-');
    if (row.baseline === null && hasDelta) {
      note(
        sources[i]?.line ?? md.line,
        'it prints deltas, but no baseline row has its model, dataset and input size; baseline left null',
      );
    }
  });
  notes.sort((a, b) => a.line - b.line);

  const label = (header: string) => ({ en: header, 'zh-Hans': header });
  const heading = md.headings.join(' › ') || md.heading || id;
  return {
    table: {
      id,
      technique,
      page: PAGE[technique],
      title: label(md.heading || id),
      upstreamHeading: heading,
      columns: columns.flatMap((c, i) => (leftOut.has(i) ? [] : [{ ...c, label: label(md.headers[i] ?? '') }])),
      rows,
      summary: [],
    },
    line: md.line,
    rowLines: sources.map((r) => r.line),
    notes,
  };
}

/** Drafts every benchmark table of the file; the others are listed with the reason. */
export function importMarkdown(markdown: string, refs: References): Imported {
  const known = labelIndex(refs);
  const taken = new Set<string>();
  const imported: Imported = { drafts: [], skipped: [] };
  for (const md of markdownTables(markdown)) {
    const reason = benchmarkReason(md);
    if (reason) {
      imported.skipped.push({
        line: md.line,
        heading: md.heading,
        reason: `not a benchmark table: ${reason}`,
        notes: [],
      });
      continue;
    }
    const result = draftTable(md, refs, known, taken);
    if ('table' in result) imported.drafts.push(result);
    else imported.skipped.push(result);
  }
  return imported;
}
