/**
 * Audits the tables of any model-zoo markdown file with the same delta rules as `npm run check`.
 *
 * Each table's columns are sorted by what they hold: the strategy (or method) column, whose
 * `baseline`-like value marks a baseline row; key columns (model, dataset, pretrained weights,
 * input size) on which a row is matched to its baseline; figure columns, which carry deltas; and
 * link columns. Every delta is checked against the row's figure and the baseline's; what cannot be
 * checked is reported with the reason.
 */
import { canCheck, checkDelta, formula, type Outcome } from '../data/deltas';
import { type CellFigure, type ParsedCell, parseCell } from './cells';
import { type MdRow, type MdTable, markdownTables } from './tables';

/** Values of a strategy or method column that mark the row others are compared with. */
export const BASELINE_WORDS = ['baseline', 'base', '-', '–', 'student', 'fp32', 'original', 'none', '基线', '原模型'];

const STRATEGY_HEADER = /strateg|method|scheme|策略|方法|方式/i;
const KEY_HEADER =
  /backbone|model|network|arch|dataset|pretrain|input|resolution|骨架|网络|模型|数据集|预训练|输入|尺寸/i;
/** Headers of measured figures, which are never keys even when no row prints a delta. */
const MEASURE_HEADER = /size\s*\(|\(mb\)|体积|flops|param|latency|时延|\bap\b|map|acc|top-?\d/i;
/** Headers that name another model (a teacher) rather than the row's own. */
const NOT_KEY_HEADER = /teacher|教师/i;

export interface Check {
  heading: string;
  line: number;
  row: string;
  column: string;
  published: string;
  /** What the row's figure and its baseline's give, printed like the published delta. */
  computed: string;
  formula: string;
  outcome: Outcome;
}

export type Reason =
  | 'placeholder'
  | 'empty link'
  | 'non-https link'
  | 'unsigned delta'
  | 'no baseline'
  | 'no baseline figure';

export interface Unchecked {
  heading: string;
  line: number;
  row: string;
  column: string;
  cell: string;
  reason: Reason;
}

export interface Audit {
  tables: number;
  checks: Check[];
  unchecked: Unchecked[];
}

type Role = 'strategy' | 'key' | 'figure' | 'link' | 'other';

export function isBaselineWord(text: string): boolean {
  return BASELINE_WORDS.includes(text.replace(/`/g, '').trim().toLowerCase());
}

/** What each column of a table is for. */
export function columnRoles(table: MdTable): Role[] {
  const parsed = table.rows.map((r) => r.cells.map((c) => parseCell(c.text)));
  const roles: Role[] = table.headers.map((header, i) => {
    const cells = table.rows.map((r) => r.cells[i]);
    if (cells.some((c) => (c?.links.length ?? 0) > 0)) return 'link';
    const hasDelta = parsed.some((p) => {
      const cell = p[i];
      return cell?.kind === 'figures' && cell.figures.some((f) => f.delta);
    });
    if (hasDelta || parsed.some((p) => p[i]?.kind === 'placeholder')) return 'figure';
    if (NOT_KEY_HEADER.test(header)) return 'other';
    if (STRATEGY_HEADER.test(header)) return 'strategy';
    if (KEY_HEADER.test(header) && !MEASURE_HEADER.test(header)) return 'key';
    return 'other';
  });
  // No strategy header: the first other column that holds a baseline word plays its part.
  if (!roles.includes('strategy')) {
    const i = roles.findIndex(
      (role, col) => role === 'other' && table.rows.some((r) => isBaselineWord(r.cells[col]?.text ?? '')),
    );
    if (i >= 0) roles[i] = 'strategy';
  }
  return roles;
}

function rowLabel(roles: Role[], row: MdRow): string {
  const parts = roles.flatMap((role, i) =>
    role === 'key' || role === 'strategy' ? [(row.cells[i]?.text ?? '').replace(/`/g, '')] : [],
  );
  return parts.filter(Boolean).join(' · ') || `line ${row.line}`;
}

/** A % delta on a figure that is itself a percentage is a difference in points. */
function deltaFor(figure: CellFigure): string {
  const text = figure.delta?.text ?? '';
  return figure.percent ? text.replace(/%$/, '') : text;
}

function auditTable(table: MdTable, checks: Check[], unchecked: Unchecked[]) {
  const roles = columnRoles(table);
  const strategy = roles.indexOf('strategy');
  const keys = roles.flatMap((role, i) => (role === 'key' ? [i] : []));
  const keyOf = (row: MdRow) => JSON.stringify(keys.map((i) => row.cells[i]?.text ?? ''));
  const baselines = new Map<string, MdRow>();
  for (const row of table.rows) {
    if (strategy >= 0 && isBaselineWord(row.cells[strategy]?.text ?? '') && !baselines.has(keyOf(row))) {
      baselines.set(keyOf(row), row);
    }
  }

  for (const row of table.rows) {
    const label = rowLabel(roles, row);
    const where = (i: number) => ({
      heading: table.heading,
      line: row.line,
      row: label,
      column: table.headers[i] ?? `column ${i + 1}`,
    });
    const isBaseline = strategy >= 0 && isBaselineWord(row.cells[strategy]?.text ?? '');
    roles.forEach((role, i) => {
      const cell = row.cells[i] ?? { text: '', links: [] };
      if (role === 'link') {
        if (cell.links.length === 0) unchecked.push({ ...where(i), cell: cell.text, reason: 'empty link' });
        for (const url of cell.links) {
          if (!url.startsWith('https://')) unchecked.push({ ...where(i), cell: url, reason: 'non-https link' });
        }
        return;
      }
      if (role !== 'figure') return;
      const parsed: ParsedCell = parseCell(cell.text);
      if (parsed.kind === 'placeholder') {
        unchecked.push({ ...where(i), cell: cell.text, reason: 'placeholder' });
        return;
      }
      if (parsed.kind !== 'figures' || isBaseline) return;
      const base = baselines.get(keyOf(row));
      const baseCell = base ? parseCell(base.cells[i]?.text ?? '') : undefined;
      parsed.figures.forEach((figure, k) => {
        if (!figure.delta || figure.delta.none) return;
        const published = figure.delta.text;
        if (!figure.delta.signed) {
          unchecked.push({ ...where(i), cell: cell.text, reason: 'unsigned delta' });
          return;
        }
        if (!base) {
          unchecked.push({ ...where(i), cell: cell.text, reason: 'no baseline' });
          return;
        }
        const baseFigure = baseCell?.kind === 'figures' ? baseCell.figures[k] : undefined;
        const delta = deltaFor(figure);
        if (!baseFigure || !canCheck(baseFigure.value, delta)) {
          unchecked.push({ ...where(i), cell: cell.text, reason: 'no baseline figure' });
          return;
        }
        const verdict = checkDelta(figure.value, baseFigure.value, delta);
        const unit = figure.percent && published.endsWith('%') ? '%' : '';
        checks.push({
          ...where(i),
          published,
          computed: `${verdict.plain}${unit}`,
          formula: formula(verdict.kind, figure.value, baseFigure.value),
          outcome: verdict.outcome,
        });
      });
    });
  }
}

export function auditMarkdown(markdown: string): Audit {
  const tables = markdownTables(markdown);
  const checks: Check[] = [];
  const unchecked: Unchecked[] = [];
  for (const table of tables) auditTable(table, checks, unchecked);
  return { tables: tables.length, checks, unchecked };
}
