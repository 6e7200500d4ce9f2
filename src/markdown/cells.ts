/**
 * The figure cells of hand-written model-zoo tables: "37.53(-16.06%)", "39.8 (+0.7)", "37.5(-)",
 * "29.3", several figures in one cell with their deltas together, "70.99%/89.68%(-1.59%/-1.02%)",
 * or each with its own, "39.7(+0.5)/35.9(+0.3)" (box AP / mask AP), and a change printed without
 * its figure, "-37%". Full-width brackets and signs ("39.1（+0.7）") read as their ASCII forms.
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
  /** A change with no figure to derive it from ("-37%"): the figure is unpublished. */
  | { kind: 'change'; delta: CellDelta }
  | { kind: 'text' };

const NUMBER = /^(\d+(?:\.\d+)?)(%?)$/;
const DELTA = /^([+-]?)(\d+(?:\.\d+)?%?)$/;
const EMPTY = new Set(['', '-', '–', '—', '−', 'n/a', 'N/A']);
/** What a bracket holds when the table says there is no delta: "(-)", "(—)", "(−)". */
const NO_DELTA = new Set(['-', '–', '—', '−']);

/** NFKC turns full-width brackets, digits and signs into ASCII; dashes that mean minus become "-". */
export function normalizeText(raw: string): string {
  return raw.normalize('NFKC').replace(/[−–](?=\d)/g, '-');
}

function parseDelta(text: string): CellDelta | undefined {
  const t = text.trim();
  if (NO_DELTA.has(t)) return { text: t, none: true, signed: false };
  const m = t.match(DELTA);
  return m ? { text: t, none: false, signed: m[1] !== '' } : undefined;
}

/** One figure with an optional delta in brackets: "39.7(+0.5)", "70.99%". */
function oneFigure(text: string): CellFigure | undefined {
  const m = text.trim().match(/^([^()]+?)\s*(?:\(([^()]*)\))?$/);
  const n = m?.[1]?.match(NUMBER);
  if (!m || !n) return undefined;
  const delta = m[2] === undefined ? undefined : parseDelta(m[2]);
  if (m[2] !== undefined && !delta) return undefined;
  return { value: n[1] as string, percent: n[2] === '%', ...(delta ? { delta } : {}) };
}

/** "a/b(d1/d2)": several figures, their deltas together in one bracket ("(-)" for all). */
function sharedBracket(text: string): CellFigure[] | undefined {
  const m = text.match(/^([^()]+?)\s*(?:\(([^()]*)\))?$/);
  if (!m) return undefined;
  const numbers = (m[1] as string).split('/').map((v) => v.trim().match(NUMBER));
  if (numbers.some((n) => !n)) return undefined;
  const deltas = m[2] === undefined ? [] : m[2].split('/').map(parseDelta);
  if (deltas.some((d) => !d)) return undefined;
  if (deltas.length > 1 && deltas.length !== numbers.length) return undefined;
  // One delta after several figures ("39.7/35.9(+0.5)"): whose is it? Only "(-)" can be everyone's.
  if (numbers.length > 1 && deltas.length === 1 && !deltas[0]?.none) return undefined;
  return numbers.map((n, i): CellFigure => {
    const [, value, percent] = n as RegExpMatchArray;
    const delta = deltas.length === 1 ? deltas[0] : deltas[i];
    return { value: value as string, percent: percent === '%', ...(delta ? { delta } : {}) };
  });
}

export function parseCell(raw: string): ParsedCell {
  const text = normalizeText(raw).replace(/`/g, '').trim();
  if (EMPTY.has(text)) return { kind: 'empty' };
  // "xx", "xx.x", "36.2(xx%)" and the like: a figure still to be filled in. Everything that is
  // not a digit or punctuation is an x (or a question mark).
  const letters = text.replace(/[\d.%+\-/()\s]/g, '');
  if (/^[xX?]+$/.test(letters) && /[xX]{2}|\?/.test(text)) return { kind: 'placeholder', text };
  const shared = sharedBracket(text);
  if (shared) return { kind: 'figures', figures: shared };
  // "39.7(+0.5)/35.9(+0.3)": each figure with its own bracket.
  const parts = text.split('/');
  if (parts.length > 1) {
    const figures = parts.map(oneFigure);
    // Every figure with its own bracket; "39.7/35.9(+0.5)" is ambiguous and stays unread.
    if (figures.every((f) => f?.delta)) return { kind: 'figures', figures: figures as CellFigure[] };
  }
  const change = /^[+-]\d/.test(text) ? parseDelta(text) : undefined;
  if (change) return { kind: 'change', delta: change };
  return { kind: 'text' };
}
