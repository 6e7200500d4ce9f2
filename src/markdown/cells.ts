/**
 * The figure cells of hand-written model-zoo tables: "37.53(-16.06%)", "39.8 (+0.7)", "37.5(-)",
 * "29.3", and several figures in one cell, "70.99%/89.68%(-1.59%/-1.02%)".
 */

export interface CellDelta {
  /** As printed, without brackets: "-16.06%", "+0.7", "0.7". */
  text: string;
  /** "-" in brackets: the table says there is no delta. */
  none: boolean;
  /** Printed with + or -. */
  signed: boolean;
}

export interface CellFigure {
  /** The number as printed, without "%": "70.99". */
  value: string;
  /** The figure is itself a percentage ("70.99%"). */
  percent: boolean;
  delta?: CellDelta;
}

export type ParsedCell =
  | { kind: 'empty' }
  | { kind: 'placeholder'; text: string }
  | { kind: 'figures'; figures: CellFigure[] }
  | { kind: 'text' };

const NUMBER = /^(\d+(?:\.\d+)?)(%?)$/;
const DELTA = /^([+-]?)(\d+(?:\.\d+)?%?)$/;
const EMPTY = new Set(['', '-', '–', '—', 'n/a', 'N/A']);

function parseDelta(text: string): CellDelta | undefined {
  const t = text.trim();
  if (t === '-' || t === '–') return { text: t, none: true, signed: false };
  const m = t.match(DELTA);
  return m ? { text: t, none: false, signed: m[1] !== '' } : undefined;
}

export function parseCell(raw: string): ParsedCell {
  const text = raw.replace(/`/g, '').trim();
  if (EMPTY.has(text)) return { kind: 'empty' };
  // "xx", "xx.x", "36.2(xx%)" and the like: a figure still to be filled in. Everything that is
  // not a digit or punctuation is an x (or a question mark).
  const letters = text.replace(/[\d.%+\-/()\s]/g, '');
  if (/^[xX?]+$/.test(letters) && /[xX]{2}|\?/.test(text)) return { kind: 'placeholder', text };
  const m = text.match(/^([^()]+?)\s*(?:\(([^()]*)\))?$/);
  if (!m) return { kind: 'text' };
  const values = (m[1] as string).split('/').map((v) => v.trim());
  const numbers = values.map((v) => v.match(NUMBER));
  if (numbers.some((n) => !n)) return { kind: 'text' };
  const deltas = m[2] === undefined ? [] : m[2].split('/').map(parseDelta);
  if (deltas.some((d) => !d)) return { kind: 'text' };
  if (deltas.length > 1 && deltas.length !== values.length) return { kind: 'text' };
  const figures = numbers.map((n, i): CellFigure => {
    const [, value, percent] = n as RegExpMatchArray;
    // "(-)" after several figures applies to all of them.
    const delta = deltas.length === 1 ? deltas[0] : deltas[i];
    return { value: value as string, percent: percent === '%', ...(delta ? { delta } : {}) };
  });
  return { kind: 'figures', figures };
}
