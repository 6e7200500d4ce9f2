/**
 * Every derived figure of the zoo, checked: each published delta against its
 * row's figure and its baseline's, and each figure a summary point quotes
 * against the cell it quotes. The checks, the site and verification.json all
 * read these records; nothing else recomputes a delta.
 */
import { canCheck, checkDelta, type DeltaVerdict, deltaKind, formula, type Outcome } from './deltas';
import { cmp, parseDecimal } from './rational';
import type { WithRecords } from './records';
import type { Erratum, Quote, Row, Table, Zoo } from './schemas';

export interface DeltaRecord {
  kind: 'delta';
  /** `<row id>.<column>` */
  id: string;
  table: string;
  row: string;
  column: string;
  published: string;
  value: string;
  baseline: { row: string; value: string };
  formula: string;
  verdict: DeltaVerdict;
  outcome: Outcome;
  erratum?: string;
}

export interface ClaimRecord {
  kind: 'claim';
  /** `<table>.<point>.<quote index>` */
  id: string;
  table: string;
  point: string;
  quote: number;
  row: string;
  column: string;
  part: 'value' | 'delta' | 'inputSize';
  /** The figure as the upstream bullet prints it. */
  published: string;
  /** What the cell it quotes holds, as published. */
  cell: string;
  /** For a quoted delta: the claim checked against the figures, with the cell's sign. */
  verdict?: DeltaVerdict;
  formula?: string;
  baseline?: { row: string; value: string };
  value?: string;
  outcome: Outcome;
  erratum?: string;
}

export type VerificationRecord = DeltaRecord | ClaimRecord;

function erratumKey(e: Erratum): string {
  return 'row' in e.target
    ? `${e.target.row}.${e.target.column}`
    : `${e.target.table}.${e.target.point}.${e.target.quote}`;
}

function claimRecord(
  table: Table,
  pointId: string,
  index: number,
  quote: Quote,
  rows: Map<string, Row>,
  baselineOf: (row: Row) => Row | undefined,
): ClaimRecord | undefined {
  const row = rows.get(quote.row);
  if (!row) return undefined;
  const base = {
    kind: 'claim' as const,
    id: `${table.id}.${pointId}.${index}`,
    table: table.id,
    point: pointId,
    quote: index,
    row: row.id,
    published: quote.published,
  };
  if (quote.column === 'inputSize') {
    const cell = String(row.inputSize);
    return {
      ...base,
      column: 'inputSize',
      part: 'inputSize',
      cell,
      outcome: cell === quote.published ? 'agrees' : 'disagrees',
    };
  }
  const figure = row.cells[quote.column];
  if (!figure) return undefined;
  if (quote.part !== 'delta') {
    const same = figure.value === quote.published;
    const equalNumber =
      /^\d+(\.\d+)?$/.test(quote.published) && cmp(parseDecimal(figure.value), parseDecimal(quote.published)) === 0;
    return {
      ...base,
      column: quote.column,
      part: 'value',
      cell: figure.value,
      outcome: same ? 'agrees' : equalNumber ? 'rounding' : 'disagrees',
    };
  }
  const baselineRow = baselineOf(row);
  const baselineFigure = baselineRow?.cells[quote.column];
  if (!figure.delta || figure.delta === '-' || !baselineRow || !baselineFigure) return undefined;
  // The prose states the direction in words; the sign comes from the cell.
  const sign = figure.delta.startsWith('-') ? '-' : '+';
  const claimed = `${sign}${quote.published.replace(/^[+-]/, '')}`;
  if (!canCheck(baselineFigure.value, claimed)) return undefined;
  const verdict = checkDelta(figure.value, baselineFigure.value, claimed);
  // A quote must repeat the cell it quotes; the verdict then says what the figures give.
  const outcome: Outcome = claimed === figure.delta ? 'agrees' : 'disagrees';
  return {
    ...base,
    column: quote.column,
    part: 'delta',
    cell: figure.delta,
    verdict,
    formula: formula(verdict.kind, figure.value, baselineFigure.value),
    value: figure.value,
    baseline: { row: baselineRow.id, value: baselineFigure.value },
    outcome,
  };
}

/** Checks every delta and quoted figure. Inputs must have passed the schemas and reference checks. */
export function verify(zoo: Zoo): VerificationRecord[] {
  const rows = new Map(zoo.tables.flatMap((t) => t.rows.map((r) => [r.id, r] as const)));
  // Only a row that is a baseline can anchor a delta; a wrong reference is the references rule's to report.
  const baselineOf = (row: Row) => {
    const base = row.baseline ? rows.get(row.baseline) : undefined;
    return base?.strategy === 'baseline' ? base : undefined;
  };
  const errata = new Map(zoo.errata.map((e) => [erratumKey(e), e]));
  const out: VerificationRecord[] = [];
  for (const table of zoo.tables) {
    for (const row of table.rows) {
      const baselineRow = baselineOf(row);
      for (const [column, figure] of Object.entries(row.cells)) {
        const baselineFigure = baselineRow?.cells[column];
        if (!figure?.delta || figure.delta === '-' || !baselineRow || !baselineFigure) continue;
        if (deltaKind(figure.delta) !== (zoo.columns.metrics[column]?.delta ?? deltaKind(figure.delta))) continue;
        if (!canCheck(baselineFigure.value, figure.delta)) continue;
        const verdict = checkDelta(figure.value, baselineFigure.value, figure.delta);
        const id = `${row.id}.${column}`;
        const erratum = errata.get(id);
        out.push({
          kind: 'delta',
          id,
          table: table.id,
          row: row.id,
          column,
          published: figure.delta,
          value: figure.value,
          baseline: { row: baselineRow.id, value: baselineFigure.value },
          formula: formula(verdict.kind, figure.value, baselineFigure.value),
          verdict,
          outcome: verdict.outcome,
          ...(erratum && erratum.published === figure.delta ? { erratum: erratum.id } : {}),
        });
      }
    }
    for (const point of table.summary) {
      point.quotes.forEach((quote, index) => {
        const record = claimRecord(table, point.id, index, quote, rows, baselineOf);
        if (!record) return;
        const erratum = errata.get(record.id);
        out.push(erratum && erratum.published === quote.published ? { ...record, erratum: erratum.id } : record);
      });
    }
  }
  return out;
}

const attached = new WeakMap<Zoo, Zoo & WithRecords>();

/**
 * The whole zoo with its records (for scripts, the plugin, tests), computed once per zoo object;
 * a zoo that carries them already is returned as it is. A page's data is not one: it carries
 * only outcomes and errata (records.ts › PageRecords).
 */
export function withRecords(zoo: Zoo & Partial<WithRecords>): Zoo & WithRecords {
  if (zoo.records) return zoo as Zoo & WithRecords;
  let done = attached.get(zoo);
  if (!done) {
    done = { ...zoo, records: verify(zoo) };
    attached.set(zoo, done);
  }
  return done;
}
