/**
 * The figure a summary point quotes, taken from the table data (never from the
 * prose): a cell's value, its delta without the sign (the words say which way),
 * or the row's input size.
 */
import type { Quote, Row } from '../data/schemas';
import { deltaMagnitude } from './figures';

export function quotedFigure(quote: Quote, row: Row): string | undefined {
  if (quote.column === 'inputSize') return String(row.inputSize);
  const figure = row.cells[quote.column];
  if (!figure) return undefined;
  if (quote.part === 'delta') return figure.delta === undefined ? undefined : deltaMagnitude(figure.delta);
  return figure.value;
}

export type ProsePart =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'quote'; index: number };

/** Splits summary prose into text, `code` and `{n}` placeholders. Nothing is parsed as HTML. */
export function splitProse(text: string): ProsePart[] {
  const parts: ProsePart[] = [];
  for (const piece of text.split(/(\{\d+\}|`[^`]+`)/)) {
    if (!piece) continue;
    if (/^\{\d+\}$/.test(piece)) parts.push({ kind: 'quote', index: Number(piece.slice(1, -1)) });
    else if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 1)
      parts.push({ kind: 'code', text: piece.slice(1, -1) });
    else parts.push({ kind: 'text', text: piece });
  }
  return parts;
}
