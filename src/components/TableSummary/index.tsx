/** A table's summary points, in our words, with every quoted figure taken from the data and linked to its row. */
import type { ReactNode } from 'react';
import { useLocale, useZoo } from '../../hooks/useZoo';
import { quotedFigure, splitProse } from '../../lib/quotes';

export default function TableSummary({ id }: { id: string }): ReactNode {
  const zoo = useZoo();
  const locale = useLocale();
  const table = zoo.tables.find((t) => t.id === id);
  if (!table) throw new Error(`<TableSummary id="${id}"/>: no table data/tables/${id}.json`);
  const rowById = new Map(zoo.tables.flatMap((t) => t.rows.map((r) => [r.id, r] as const)));
  return (
    <ul data-summary-for={table.id}>
      {table.summary.map((point) => (
        <li key={point.id}>
          {splitProse(point.text[locale]).map((part, i) => {
            const key = `${point.id}-${i}`;
            if (part.kind === 'text') return <span key={key}>{part.text}</span>;
            if (part.kind === 'code') return <code key={key}>{part.text}</code>;
            const quote = point.quotes[part.index];
            const row = quote && rowById.get(quote.row);
            const figure = quote && row ? quotedFigure(quote, row) : undefined;
            return (
              <a key={key} href={`#${quote?.row}`} data-quote={`${quote?.row}.${quote?.column}`}>
                {figure}
              </a>
            );
          })}
        </li>
      ))}
    </ul>
  );
}
