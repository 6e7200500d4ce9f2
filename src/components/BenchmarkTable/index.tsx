/**
 * One benchmark table, rendered on the server from data/tables/<id>.json:
 * caption with a legend (strategies named once, not under every cell),
 * headers with units, figures exactly as published with their deltas under
 * them, and a short download link that still names its file.
 *
 * Wide screens see every column at once; narrow ones (see styles.module.css)
 * stack each row as a card, with the column's label beside each figure. The
 * explicit roles keep it a table for screen readers either way. A row costs
 * two Tab stops (copy link, download); ← → reach the rest of the row.
 */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { memo, type ReactNode, useMemo } from 'react';
import type { PageZoo } from '../../data/pageZoo';
import type { Label, Table, Zoo } from '../../data/schemas';
import { useLocale, useZoo } from '../../hooks/useZoo';
import { type Explanation, errataAmong, explanationIndex } from '../../lib/explain';
import { moveWithinRow } from '../../lib/rowKeys';
import { headerText } from '../../lib/rowName';
import { sentenceGap, tidyChineseSpaces } from '../../lib/spacing';
import { tableRoles } from '../../lib/tableRoles';
import { sortableColumns } from '../../lib/tableView';
import CopyLink from '../CopyLink';
import DownloadLink from '../DownloadLink';
import ErratumNotes from '../ErratumNotes';
import FigureCell from '../FigureCell';
import { aliasesOf, type FieldView, type RowView, rowViews } from './rowView';
import styles from './styles.module.css';
import Toolbar from './Toolbar';
import { useTableView } from './useTableView';

/** One non-figure cell, from its own values. Memoised, like FigureCell: a sort moves rows without re-rendering their cells. */
const FieldCell = memo(function FieldCell({
  view,
  label,
  page,
  rowId,
}: {
  view: FieldView;
  label: string;
  page: string;
  rowId: string;
}) {
  const cell = { ...tableRoles.cell, 'data-label': label };
  switch (view.kind) {
    case 'rowHeader':
      return (
        // Named by the model alone: the copy link inside would otherwise be read as part of the row's
        // header in every cell a screen reader moves to.
        <th {...tableRoles.rowheader} scope="row" className={styles.rowHeader} aria-label={view.model}>
          {/* Old ids of this row (recorded moves) still land here, with or without JavaScript. */}
          {view.aliases.map((alias) => (
            <span key={alias} id={alias} data-alias-for={rowId} />
          ))}
          {view.model}
          <CopyLink
            page={page}
            anchor={rowId}
            label={translate({ id: 'table.copyRow', message: 'Copy link to the row {name}' }, { name: view.name })}
          />
        </th>
      );
    case 'text':
      return <td {...cell}>{view.text}</td>;
    case 'code':
      // What the strategy means is said once, in the caption's legend.
      return (
        <td {...cell}>
          <code>{view.text}</code>
        </td>
      );
    case 'number':
      return (
        <td {...cell} className={styles.num}>
          {view.value}
        </td>
      );
    case 'noTeacher':
      return (
        <td {...cell}>
          <span role="img" aria-label={translate({ id: 'table.teacher.none', message: 'no teacher' })}>
            –
          </span>
        </td>
      );
    case 'teacher':
      return (
        <td {...cell} className={styles.teacher}>
          {view.to ? (
            <Link to={view.to} tabIndex={-1}>
              {view.text}
            </Link>
          ) : (
            view.text
          )}
        </td>
      );
    case 'download':
      return (
        <td {...cell}>
          <DownloadLink
            className={styles.download}
            url={view.url}
            label={translate({ id: 'table.download.link', message: 'Download' })}
            check={view.check}
          />
        </td>
      );
    default:
      return <td {...cell} />;
  }
});

/**
 * One row. Memoised: a sort or a filter moves rows and hides or shows them, and a row whose props
 * are the same is not rendered again, nor are its cells looked at one by one.
 */
const TableRow = memo(function TableRow({
  table,
  view,
  hidden,
  forced,
  headers,
  explained,
}: {
  table: Table;
  view: RowView;
  hidden: boolean;
  forced: boolean;
  headers: Map<string, string>;
  explained: (id: string) => Explanation | undefined;
}) {
  const { row } = view;
  return (
    <tr
      {...tableRoles.row}
      id={row.id}
      hidden={hidden || undefined}
      {...view.filterData}
      data-forced={forced || undefined}
    >
      {table.columns.map((column) => {
        if ('field' in column) {
          const field = view.fields[column.field] ?? NONE;
          return (
            <FieldCell
              key={column.field}
              view={field}
              label={headers.get(column.field) ?? column.field}
              page={table.page}
              rowId={row.id}
            />
          );
        }
        const figure = view.figures[column.metric];
        return (
          <FigureCell
            key={column.metric}
            figure={figure?.figure ?? null}
            better={figure?.better ?? 'higher'}
            explain={explained(`${row.id}.${column.metric}`)}
            label={headers.get(column.metric) ?? column.metric}
          />
        );
      })}
    </tr>
  );
});

const NONE: FieldView = { kind: 'none' };

/** The strategies a table uses, each named once with what it means (the cells show only the name). */
function StrategyKey({ zoo, table, pick }: { zoo: Zoo; table: Table; pick: (l: Label) => string }) {
  const used = [...new Set(table.rows.map((r) => r.strategy))].filter((s) => s !== 'baseline');
  const strategies = used.flatMap((id) => zoo.strategies.strategies.filter((s) => s.id === id));
  if (strategies.length === 0) return null;
  return (
    <span className={styles.strategyKey}>
      {strategies.map((s) => (
        // The space after each is for text read without the styles (search's index, a copy and
        // paste): "ratios r578", not "ratiosr578". Between flex items it is not drawn.
        <span key={s.id}>
          <code>{s.id}</code> {`${pick(s.short)} `}
        </span>
      ))}
    </span>
  );
}

export function BenchmarkTableView({ zoo, table }: { zoo: PageZoo; table: Table }): ReactNode {
  const locale = useLocale();
  const pick = (l: Label) => l[locale];
  const brokenLinks = useBrokenLinks();
  // What every cell prints, built once per table and locale: a sort or a filter only picks from it.
  const views = useMemo(() => new Map(rowViews(zoo, table, locale).map((v) => [v.row.id, v])), [zoo, table, locale]);
  const tableAliases = aliasesOf(zoo, table, table.id);
  for (const alias of [table.id, ...tableAliases]) brokenLinks.collectAnchor(alias);
  for (const view of views.values()) {
    for (const anchor of [view.row.id, ...view.aliases]) brokenLinks.collectAnchor(anchor);
  }
  const titleId = `${table.id}-title`;
  // Built once per page's data: sorting and filtering reuse it.
  const explained = useMemo(() => explanationIndex(zoo), [zoo]);
  const headers = useMemo(
    () => new Map(table.columns.map((c) => ['field' in c ? c.field : c.metric, headerText(zoo, c, locale)])),
    [zoo, table, locale],
  );
  // The same array on every sort and filter, so the (memoised) notes under the table stay as they are.
  const errata = useMemo(
    () =>
      errataAmong(
        explained,
        table.rows.flatMap((row) =>
          table.columns.flatMap((c) => ('metric' in c ? [[row.id, c.metric] as [string, string]] : [])),
        ),
      ),
    [explained, table],
  );
  const dataset =
    table.rows[0] && new Set(table.rows.map((r) => r.dataset)).size === 1 ? table.rows[0].dataset : undefined;
  const datasetNote = dataset ? zoo.datasets.find((d) => d.id === dataset)?.description : undefined;
  const state = useTableView(zoo, table);
  const { view, setView } = state;
  const shown = new Set(state.rows);
  // The ids of the rows shown, the same set until a filter changes them: a sort leaves the notes be.
  const shownKey = state.rows
    .map((r) => r.id)
    .sort()
    .join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: shownKey names the rows shown
  const shownIds = useMemo(() => new Set(state.rows.map((r) => r.id)), [shownKey]);
  const sortable = new Set(sortableColumns(table));
  const byDelta = translate({ id: 'table.sort.delta', message: 'Sort by change from baseline' });
  // Each Δ button's name says its column: three buttons of one name told a screen reader nothing.
  // Sorted by its Δ, the header's aria-sort says only "other" (see below); the button says which way.
  const byDeltaOf = (column: string, dir: 'asc' | 'desc' | undefined) =>
    tidyChineseSpaces(
      dir === 'asc'
        ? translate(
            {
              id: 'table.sort.deltaOf.ascending',
              message: 'Sort {column} by change from baseline; sorted by it, ascending',
            },
            { column },
          )
        : dir === 'desc'
          ? translate(
              {
                id: 'table.sort.deltaOf.descending',
                message: 'Sort {column} by change from baseline; sorted by it, descending',
              },
              { column },
            )
          : translate({ id: 'table.sort.deltaOf', message: 'Sort {column} by change from baseline' }, { column }),
      locale,
    );
  const sortBy = (column: string, by: 'value' | 'delta') =>
    setView((current) => {
      const same = current.sort?.column === column && current.sort.by === by;
      return { ...current, sort: { column, by, dir: same && current.sort?.dir === 'asc' ? 'desc' : 'asc' } };
    });

  return (
    <div className={styles.block} data-benchmark={table.id}>
      <Toolbar zoo={zoo} table={table} state={state} locale={locale} />
      {/* A scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so it scrolls by keyboard */}
      <section className={styles.scroller} aria-labelledby={titleId} tabIndex={0}>
        {/* Named by its title, described by the rest of its caption (legend, keys, strategies): the
            whole caption as its name was a paragraph read before every visit to the table. */}
        <table id={table.id} className={styles.table} aria-labelledby={titleId} aria-describedby={`${table.id}-legend`}>
          <caption className={styles.caption}>
            {tableAliases.map((alias) => (
              <span key={alias} id={alias} data-alias-for={table.id} />
            ))}
            <span className={styles.title}>
              <span id={titleId}>{pick(table.title)}</span>
              <CopyLink
                page={table.page}
                anchor={table.id}
                label={translate({ id: 'table.copyTable', message: 'Copy link to this table' })}
              />
            </span>{' '}
            {/* The spaces between the caption's parts, shown as blocks, are for text read without the
                styles, as search's index reads it: "on COCO COCO 2017", not "on COCOCOCO 2017". */}
            <span className={styles.legend} id={`${table.id}-legend`}>
              {datasetNote && `${pick(datasetNote)}${sentenceGap(locale)}`}
              <Translate id="table.legend">
                ▲ better, ▼ worse and = the same as the row's baseline for that column; – not published.
              </Translate>
            </span>{' '}
            {/* For keyboard users: shown once focus is in the table, always there for screen readers. */}
            <span className={styles.keys} data-nosearch>
              <Translate id="table.legend.keys">
                Tab stops at each row's copy link and download link; ← and → reach each delta's explanation and each
                note in a row.
              </Translate>
            </span>{' '}
            <StrategyKey zoo={zoo} table={table} pick={pick} />
          </caption>
          <thead {...tableRoles.rowgroup}>
            <tr {...tableRoles.row}>
              {table.columns.map((column) => {
                const key = 'field' in column ? column.field : column.metric;
                const sorted = view.sort?.column === key ? view.sort : undefined;
                const arrow = sorted?.dir === 'asc' ? '↑' : '↓';
                const hasDeltas = 'metric' in column && table.rows.some((r) => r.cells[key]?.delta);
                return (
                  <th
                    {...tableRoles.columnheader}
                    key={key}
                    scope="col"
                    className={
                      [
                        ('metric' in column || key === 'inputSize') && styles.numHead,
                        !sortable.has(key) && styles.unsorted,
                      ]
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                    // Sorted by its Δ, the column's own figures are in no order: "other", as ARIA has it,
                    // not "ascending" (the Δ button's mark shows the direction to the eye, its name to the ear).
                    aria-sort={
                      sorted
                        ? sorted.by === 'delta'
                          ? 'other'
                          : sorted.dir === 'asc'
                            ? 'ascending'
                            : 'descending'
                        : undefined
                    }
                    // Its header text alone, not its Δ button's name too ("GFLOPs Sort GFLOPs by change…"),
                    // is what a screen reader repeats for each cell of the column.
                    aria-label={hasDeltas ? headers.get(key) : undefined}
                  >
                    {sortable.has(key) ? (
                      <button
                        type="button"
                        className={styles.sort}
                        onClick={() => sortBy(key, 'value')}
                        data-mark={sorted?.by === 'value' ? arrow : '↕'}
                      >
                        {headers.get(key)}
                      </button>
                    ) : (
                      headers.get(key)
                    )}
                    {hasDeltas && (
                      <button
                        type="button"
                        className={styles.sort}
                        onClick={() => sortBy(key, 'delta')}
                        // The tooltip sits under its column; the name, heard alone, says which it is.
                        title={byDelta}
                        aria-label={byDeltaOf(headers.get(key) ?? key, sorted?.by === 'delta' ? sorted.dir : undefined)}
                        data-mark={sorted?.by === 'delta' ? arrow : undefined}
                      >
                        Δ
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody {...tableRoles.rowgroup} onKeyDown={moveWithinRow}>
            {state.all.map((row) => (
              <TableRow
                key={row.id}
                table={table}
                view={views.get(row.id) ?? { row, aliases: [], fields: {}, figures: {}, filterData: {} }}
                hidden={!shown.has(row)}
                forced={row === state.forced}
                headers={headers}
                explained={explained}
              />
            ))}
          </tbody>
        </table>
        {state.rows.length === 0 && (
          <p className={styles.empty}>
            <Translate id="table.view.empty">No row matches these filters: change one, or reset the view.</Translate>
          </p>
        )}
        <ErratumNotes zoo={zoo} records={errata} locale={locale} shown={shownIds} />
      </section>
    </div>
  );
}

/** `<BenchmarkTable id="prune-coco" />` in MDX. */
export default function BenchmarkTable({ id }: { id: string }): ReactNode {
  const zoo = useZoo();
  const table = zoo.tables.find((t) => t.id === id);
  if (!table) throw new Error(`<BenchmarkTable id="${id}"/>: no table data/tables/${id}.json`);
  return <BenchmarkTableView zoo={zoo} table={table} />;
}
