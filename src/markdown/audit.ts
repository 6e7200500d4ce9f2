/**
 * Audits the tables of any model-zoo markdown file with the same delta rules as `npm run check`.
 *
 * Each table's columns are sorted by what they hold: the strategy (or method) column, whose
 * `baseline`-like value marks a baseline row; key columns (model, dataset, pretrained weights,
 * input size) on which a row is matched to its baseline; figure columns, which carry deltas; and
 * link columns. Every delta is checked against the row's figure and the baseline's; what cannot be
 * checked is reported with the reason. Links are listed apart, by what is wrong with them. A
 * percentage quoted in the text under a table that is a near miss of one of its deltas is
 * reported as a likely slip.
 */
import { canCheck, checkDelta, deltaKind, formula, type Outcome } from '../data/deltas';
import { type CellDelta, type CellFigure, normalizeText, type ParsedCell, parseCell } from './cells';
import { type MdRow, type MdTable, markdownTables } from './tables';

/** Values of a strategy or method column that mark the row others are compared with. */
export const BASELINE_WORDS = ['baseline', 'base', '-', '–', 'student', 'fp32', 'original', 'none', '基线', '原模型'];

const STRATEGY_HEADER = /strateg|method|scheme|策略|方法|方式/i;
const KEY_HEADER =
  /backbone|model|network|arch|dataset|pretrain|input|resolution|骨架|网络|模型|数据集|预训练|输入|尺寸/i;
/** Headers of measured figures, which are never keys even when no row prints a delta. */
export const MEASURE_HEADER =
  /(?<!input[\s_-]*)\bsize\b|\(mb\)|体积|(?<!输入)大小|flops|param|latency|时延|耗时|\bap\b|map|acc|top-?\d|精度/i;
/** Headers that name another model (a teacher) rather than the row's own. */
const NOT_KEY_HEADER = /teacher|教师/i;
/** A signed number in brackets after a figure: what a delta looks like, read or not. */
const LOOKS_LIKE_DELTA = /\d\s*\(\s*[+-]\s*\d/;
/** Headers of free text, never the strategy column even when they hold a "-". */
const NOTE_HEADER = /note|remark|comment|备注|说明/i;
/** Headers that say the bracket holds a drop (baseline − value), not a change. */
const DROP_HEADER = /\bdrops?\b|掉点|下降/i;

export type Verdict = Outcome | 'not-checked';

export type Reason =
  | 'placeholder'
  | 'unsigned delta'
  | 'no baseline'
  | 'no baseline figure'
  | 'change without its figure'
  | 'unreadable cell'
  | 'likely slip in the text';

export interface Finding {
  /** Where the published delta (or the quoting text) is: 1-based line in the file. */
  line: number;
  /** The table's heading. */
  table: string;
  row: string;
  column: string;
  /** The delta (or quoted percentage) as printed. */
  published: string;
  /** What the figures give, printed like the published delta; null when not checked. */
  computed: string | null;
  verdict: Verdict;
  /** Why it was not checked, or why a text is a likely slip. */
  reason: Reason | null;
  /** The arithmetic behind `computed`. */
  formula: string | null;
  /** A delta in a table, or a percentage quoted in the text under it. */
  source: 'table' | 'text';
}

export type LinkProblem = 'empty link' | 'non-https link' | 'relative link';

export interface LinkFinding {
  line: number;
  table: string;
  row: string;
  column: string;
  /** The link's target as written ("" for a cell with no link). */
  url: string;
  problem: LinkProblem;
}

export interface Audit {
  tables: number;
  findings: Finding[];
  links: LinkFinding[];
}

type Role = 'strategy' | 'key' | 'figure' | 'link' | 'other';

export function isBaselineWord(text: string): boolean {
  return BASELINE_WORDS.includes(normalizeText(text).replace(/`/g, '').trim().toLowerCase());
}

/** A header as read for its meaning: full-width brackets and letters in ASCII. */
const headerText = (header: string) => normalizeText(header);

export const holdsLinks = (table: MdTable, i: number) => table.rows.some((r) => (r.cells[i]?.links.length ?? 0) > 0);

/** A header that names what a row is (its model, dataset, input, or method), not a figure. */
export const namesKey = (header: string) =>
  STRATEGY_HEADER.test(headerText(header)) ||
  (KEY_HEADER.test(headerText(header)) && !MEASURE_HEADER.test(headerText(header)));

function linkProblem(url: string): LinkProblem | undefined {
  if (url.trim() === '') return 'empty link';
  if (/^https:\/\//i.test(url)) return undefined;
  return /^[a-z][a-z\d+.-]*:/i.test(url) ? 'non-https link' : 'relative link';
}

const holdsDelta = (cell: ParsedCell | undefined) =>
  cell?.kind === 'change' || (cell?.kind === 'figures' && cell.figures.some((f) => f.delta));

/** What each column of a table is for. */
export function columnRoles(table: MdTable): Role[] {
  const parsed = table.rows.map((r) => r.cells.map((c) => parseCell(c.text)));
  const roles: Role[] = table.headers.map((raw, i) => {
    const header = headerText(raw);
    if (NOT_KEY_HEADER.test(header)) return 'other';
    // Deltas make a figure column, even where a figure links to its log.
    if (parsed.some((p) => holdsDelta(p[i]) || p[i]?.kind === 'placeholder')) return 'figure';
    // A column whose deltas are all written in a way it cannot read ("29.7(-0.3)*") is still one.
    if (table.rows.some((r) => LOOKS_LIKE_DELTA.test(normalizeText(r.cells[i]?.text ?? '')))) return 'figure';
    // Links make a link column, unless the header names a model or a method (a model name linked
    // to its config stays the key it is).
    if (holdsLinks(table, i) && !namesKey(header)) return 'link';
    if (STRATEGY_HEADER.test(header)) return 'strategy';
    if (KEY_HEADER.test(header) && !MEASURE_HEADER.test(header)) return 'key';
    return 'other';
  });
  // No strategy header: the first other column that holds a baseline word plays its part.
  if (!roles.includes('strategy')) {
    const i = roles.findIndex(
      (role, col) =>
        role === 'other' &&
        !NOTE_HEADER.test(headerText(table.headers[col] ?? '')) &&
        table.rows.some((r) => isBaselineWord(r.cells[col]?.text ?? '')),
    );
    if (i >= 0) roles[i] = 'strategy';
  }
  return roles;
}

/**
 * Whether a table is a benchmark at all: it has a column of measured figures (by its header or by
 * the deltas it holds) and a column naming what was measured. A version-compatibility table, a
 * list of commands or of datasets is not.
 */
export function benchmarkReason(table: MdTable): string | undefined {
  const roles = columnRoles(table);
  const measured = roles.some(
    (role, i) => role === 'figure' || (role !== 'link' && MEASURE_HEADER.test(headerText(table.headers[i] ?? ''))),
  );
  if (!measured) return 'no column of measured figures (size, FLOPs, accuracy, latency) and no deltas';
  if (!roles.some((role) => role === 'key' || role === 'strategy')) return 'no column naming a model or a method';
  return undefined;
}

function rowLabel(roles: Role[], row: MdRow): string {
  const parts = roles.flatMap((role, i) =>
    role === 'key' || role === 'strategy' ? [(row.cells[i]?.text ?? '').replace(/`/g, '')] : [],
  );
  return parts.filter(Boolean).join(' · ') || `line ${row.line}`;
}

/** A % delta on a figure that is itself a percentage is a difference in points. */
function deltaFor(figure: CellFigure, delta: CellDelta): string {
  return figure.percent ? delta.text.replace(/%$/, '') : delta.text;
}

/** Flips the sign of a delta as printed: a drop of 0.31 is a change of -0.31. */
export function flip(delta: string): string {
  // Zero has no direction: a drop of 0.0 is a change of +0.0, as checkDelta prints it.
  if (/^[+-]?0(\.0+)?%?$/.test(delta)) return `+${delta.replace(/^[+-]/, '')}`;
  if (delta.startsWith('-')) return `+${delta.slice(1)}`;
  return `-${delta.replace(/^\+/, '')}`;
}

export type Convention = 'change' | 'drop';

interface Candidate {
  figure: CellFigure;
  delta: CellDelta;
  base: CellFigure;
}

/** How a delta reads under a column's convention, as the signed change `checkDelta` takes. */
function asChange(c: Candidate, convention: Convention): string | undefined {
  const delta = deltaFor(c.figure, c.delta);
  if (convention === 'drop') return flip(delta);
  return c.delta.signed ? delta : undefined;
}

/**
 * A column publishes drops when its header says so ("Accuracy (drop) %", 掉点), or when its
 * deltas agree as drops (baseline − value) more often than as changes. Then a cell whose sign
 * contradicts the column is the slip, not the cells that follow the column's convention.
 */
function conventionOf(header: string, candidates: Candidate[]): Convention {
  if (DROP_HEADER.test(headerText(header))) return 'drop';
  const agreeing = (convention: Convention) =>
    candidates.filter((c) => {
      const delta = asChange(c, convention);
      return delta !== undefined && canCheck(c.base.value, delta)
        ? checkDelta(c.figure.value, c.base.value, delta).outcome !== 'disagrees'
        : false;
    }).length;
  const drops = agreeing('drop');
  return drops >= 2 && drops > agreeing('change') ? 'drop' : 'change';
}

interface TableContext {
  roles: Role[];
  isBaseline(row: MdRow): boolean;
  /** The baseline row with the same key cells, if any. */
  baselineOf(row: MdRow): MdRow | undefined;
}

function tableContext(table: MdTable): TableContext {
  const roles = columnRoles(table);
  const strategy = roles.indexOf('strategy');
  const keys = roles.flatMap((role, i) => (role === 'key' ? [i] : []));
  const keyOf = (row: MdRow) => JSON.stringify(keys.map((i) => normalizeText(row.cells[i]?.text ?? '')));
  const isBaseline = (row: MdRow) => strategy >= 0 && isBaselineWord(row.cells[strategy]?.text ?? '');
  const baselines = new Map<string, MdRow>();
  for (const row of table.rows) if (isBaseline(row) && !baselines.has(keyOf(row))) baselines.set(keyOf(row), row);
  return { roles, isBaseline, baselineOf: (row) => baselines.get(keyOf(row)) };
}

type Skip = (row: MdRow, published: string, reason: Reason) => void;

/** Each row's checkable deltas in figure column `i`, with the figures they are compared with. */
function columnDeltas(
  table: MdTable,
  ctx: TableContext,
  i: number,
  skip: Skip,
): { row: MdRow; candidates: Candidate[] }[] {
  return table.rows.map((row) => {
    const text = row.cells[i]?.text ?? '';
    const parsed = parseCell(text);
    const candidates: Candidate[] = [];
    if (parsed.kind === 'placeholder') skip(row, text, 'placeholder');
    // A cell with a digit that reads as no figure ("76.1(-0.3)*", "12 (+3) ms") is said, not dropped.
    if (parsed.kind === 'text' && LOOKS_LIKE_DELTA.test(normalizeText(text))) skip(row, text, 'unreadable cell');
    if (parsed.kind === 'change' && !ctx.isBaseline(row)) skip(row, parsed.delta.text, 'change without its figure');
    if (parsed.kind === 'figures' && !ctx.isBaseline(row)) {
      const base = ctx.baselineOf(row);
      const baseCell = base ? parseCell(base.cells[i]?.text ?? '') : undefined;
      parsed.figures.forEach((figure, k) => {
        const delta = figure.delta;
        if (!delta || delta.none) return;
        const baseFigure = baseCell?.kind === 'figures' ? baseCell.figures[k] : undefined;
        if (!base) skip(row, delta.text, 'no baseline');
        else if (!baseFigure || !canCheck(baseFigure.value, deltaFor(figure, delta)))
          skip(row, delta.text, 'no baseline figure');
        else candidates.push({ figure, delta, base: baseFigure });
      });
    }
    return { row, candidates };
  });
}

/** Whether each column of a table publishes changes or drops (see conventionOf); for the import. */
export function columnConventions(table: MdTable): Convention[] {
  const ctx = tableContext(table);
  return ctx.roles.map((role, i) =>
    role === 'figure'
      ? conventionOf(
          table.headers[i] ?? '',
          columnDeltas(table, ctx, i, () => {}).flatMap((d) => d.candidates),
        )
      : 'change',
  );
}

function auditTable(table: MdTable, audit: Audit) {
  // Collected column by column (a column's convention needs all its cells), reported row by row.
  const found: { column: number; finding: Finding }[] = [];
  const linked: { column: number; link: LinkFinding }[] = [];
  const ctx = tableContext(table);
  const { roles } = ctx;

  const where = (row: MdRow, i: number) => ({
    line: row.line,
    table: table.heading,
    row: rowLabel(roles, row),
    column: table.headers[i] ?? `column ${i + 1}`,
  });
  const notChecked = (row: MdRow, i: number, published: string, reason: Reason): Finding => ({
    ...where(row, i),
    published,
    computed: null,
    verdict: 'not-checked',
    reason,
    formula: null,
    source: 'table',
  });

  roles.forEach((role, i) => {
    // Every link of the table is looked at; a cell of a link column without one is an empty link.
    for (const row of table.rows) {
      const cell = row.cells[i] ?? { text: '', links: [] };
      if (role === 'link' && cell.links.length === 0)
        linked.push({ column: i, link: { ...where(row, i), url: '', problem: 'empty link' } });
      for (const url of cell.links) {
        const problem = linkProblem(url);
        if (problem) linked.push({ column: i, link: { ...where(row, i), url, problem } });
      }
    }
    if (role !== 'figure') return;

    // Every delta of the column, with what it is to be compared with; then the column's convention.
    const entries = columnDeltas(table, ctx, i, (row, published, reason) =>
      found.push({ column: i, finding: notChecked(row, i, published, reason) }),
    );
    const convention = conventionOf(
      table.headers[i] ?? '',
      entries.flatMap((e) => e.candidates),
    );
    for (const { row, candidates } of entries) {
      for (const c of candidates) {
        const published = c.delta.text;
        const change = asChange(c, convention);
        if (change === undefined) {
          found.push({ column: i, finding: notChecked(row, i, published, 'unsigned delta') });
          continue;
        }
        const verdict = checkDelta(c.figure.value, c.base.value, change);
        const unit = c.figure.percent && published.endsWith('%') ? '%' : '';
        // Shown as the column prints it: a drop as a drop, unsigned where the column is.
        let computed = convention === 'drop' ? flip(verdict.plain) : verdict.plain;
        if (convention === 'drop' && !c.delta.signed) computed = computed.replace(/^\+/, '');
        const kind = deltaKind(change);
        found.push({
          column: i,
          finding: {
            ...where(row, i),
            published,
            computed: `${computed}${unit}`,
            verdict: verdict.outcome,
            reason: null,
            formula:
              convention === 'drop'
                ? kind === 'relative'
                  ? `(${c.base.value} − ${c.figure.value}) / ${c.base.value} × 100 %`
                  : `${c.base.value} − ${c.figure.value}`
                : formula(kind, c.figure.value, c.base.value),
            source: 'table',
          },
        });
      }
    }
  });
  found.sort((a, b) => a.finding.line - b.finding.line || a.column - b.column);
  linked.sort((a, b) => a.link.line - b.link.line || a.column - b.column);
  const findings = found.map((f) => f.finding);
  audit.findings.push(...findings);
  audit.links.push(...linked.map((l) => l.link));
  audit.findings.push(...textSlips(table, findings));
}

/**
 * A percentage quoted in the text under a table that matches none of the table's relative deltas
 * but lies within 0.1 of one is a likely slip of the pen (upstream writes 32.98% where its table
 * prints -32.94%).
 */
function textSlips(table: MdTable, findings: Finding[]): Finding[] {
  const slips: Finding[] = [];
  const deltas = findings.filter((f) => f.published.endsWith('%'));
  const magnitude = (text: string) => Number.parseFloat(text.replace(/^[+-]/, ''));
  for (const text of table.after) {
    for (const match of normalizeText(text.text).matchAll(/(\d+(?:\.\d+)?)\s*%/g)) {
      const printed = match[1] as string;
      const quoted = Number.parseFloat(printed);
      // A quote may round a delta to fewer decimals ("33%" for -32.94%): that is no slip.
      const places = printed.split('.')[1]?.length ?? 0;
      if (deltas.some((d) => Number.parseFloat(magnitude(d.published).toFixed(places)) === quoted)) continue;
      const near = deltas
        .map((d) => ({ d, gap: Math.abs(magnitude(d.published) - quoted) }))
        .filter(({ gap }) => gap <= 0.1 + 1e-9)
        .sort((a, b) => a.gap - b.gap)[0];
      if (!near) continue;
      slips.push({
        line: text.line,
        table: table.heading,
        row: near.d.row,
        column: near.d.column,
        published: `${match[1]}%`,
        computed: near.d.published,
        verdict: 'disagrees',
        reason: 'likely slip in the text',
        formula: null,
        source: 'text',
      });
    }
  }
  return slips;
}

export function auditMarkdown(markdown: string): Audit {
  const tables = markdownTables(markdown);
  const audit: Audit = { tables: tables.length, findings: [], links: [] };
  for (const table of tables) auditTable(table, audit);
  return audit;
}

export interface Summary {
  tables: number;
  /** Deltas in tables that were checked, by verdict. */
  checked: number;
  agrees: number;
  rounding: number;
  disagrees: number;
  notChecked: number;
  /** Percentages in the text that are likely slips. */
  textSlips: number;
  links: Record<LinkProblem, number>;
}

export function summarize(audit: Audit): Summary {
  const inTables = audit.findings.filter((f) => f.source === 'table');
  const count = (v: Verdict) => inTables.filter((f) => f.verdict === v).length;
  const links = (p: LinkProblem) => audit.links.filter((l) => l.problem === p).length;
  return {
    tables: audit.tables,
    checked: inTables.length - count('not-checked'),
    agrees: count('agrees'),
    rounding: count('rounding'),
    disagrees: count('disagrees'),
    notChecked: count('not-checked'),
    textSlips: audit.findings.filter((f) => f.source === 'text').length,
    links: {
      'empty link': links('empty link'),
      'non-https link': links('non-https link'),
      'relative link': links('relative link'),
    },
  };
}
