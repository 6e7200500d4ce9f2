/**
 * A table's summary points, in our words, with every quoted figure taken from
 * the data and linked to its row. Where upstream's bullet quoted a figure that
 * disagrees, the figure from the data is shown and the published one noted.
 */
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { Fragment, type ReactNode } from 'react';
import { byId } from '../../data/records';
import { useLocale, useZoo } from '../../hooks/useZoo';
import { explanationIndex } from '../../lib/explain';
import { quotedFigure, splitProse } from '../../lib/quotes';
import { sentenceGap } from '../../lib/spacing';
import DeltaExplainer from '../DeltaExplainer';

export default function TableSummary({ id }: { id: string }): ReactNode {
  const zoo = useZoo();
  const locale = useLocale();
  const table = zoo.tables.find((t) => t.id === id);
  if (!table) throw new Error(`<TableSummary id="${id}"/>: no table data/tables/${id}.json`);
  const rowById = new Map(zoo.tables.flatMap((t) => t.rows.map((r) => [r.id, r] as const)));
  // Only an erratum's record is needed here (its upstream text); the page carries those in full.
  const errata = byId(zoo.errataRecords);
  const explain = explanationIndex(zoo);
  return (
    <ul data-summary-for={table.id}>
      {table.summary.map((point) => (
        <li key={point.id}>
          {splitProse(point.text[locale]).map((part, i, parts) => {
            const key = `${point.id}-${i}`;
            // Text and quotes go straight into the point: a page has a hundred of these parts, and a
            // wrapping element each is one more the browser styles and lays out.
            if (part.kind === 'text') {
              // In Chinese the erratum's note ends in a full-width bracket, which carries its own
              // space: the prose's space after the quote goes ("…†）和").
              const before = parts[i - 1];
              const noted = before?.kind === 'quote' && errata.get(`${table.id}.${point.id}.${before.index}`)?.erratum;
              return <Fragment key={key}>{noted && locale === 'zh-Hans' ? part.text.trimStart() : part.text}</Fragment>;
            }
            if (part.kind === 'code') return <code key={key}>{part.text}</code>;
            const quote = point.quotes[part.index];
            const row = quote && rowById.get(quote.row);
            const figure = quote && row ? quotedFigure(quote, row) : undefined;
            const record = errata.get(`${table.id}.${point.id}.${part.index}`);
            const explained = explain(`${table.id}.${point.id}.${part.index}`);
            const link = <a href={`#${quote?.row}`}>{figure}</a>;
            return (
              <Fragment key={key}>
                {explained ? (
                  <DeltaExplainer explain={explained} focusable={false}>
                    {link}
                  </DeltaExplainer>
                ) : (
                  link
                )}
                {record?.erratum && (
                  <>
                    {sentenceGap(locale)}
                    <Link to={`/errata#erratum-${record.erratum}`}>
                      {translate(
                        { id: 'summary.erratum', message: '(upstream text: {published}†)' },
                        { published: record.published },
                      )}
                    </Link>
                  </>
                )}
              </Fragment>
            );
          })}
        </li>
      ))}
    </ul>
  );
}
