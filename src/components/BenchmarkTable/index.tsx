/**
 * One benchmark table, rendered on the server from data/tables/<id>.json:
 * caption, headers with units, figures exactly as published, deltas whose
 * direction is told by a glyph and words as well as colour, and a download
 * link named after its file.
 */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { ReactNode } from 'react';
import type { Column, Figure, Label, Locale, Row, Table, Zoo } from '../../data/schemas';
import { type DeltaRecord, verificationIndex } from '../../data/verify';
import { useLocale, useZoo } from '../../hooks/useZoo';
import { type Direction, deltaDirection, fileName } from '../../lib/figures';
import { rowPath } from '../../lib/links';
import { columnHeader, columnLabel, rowName, teacherText } from '../../lib/rowName';
import CopyLink from '../CopyLink';
import DeltaExplainer from '../DeltaExplainer';
import DownloadStatus from '../DownloadStatus';
import styles from './styles.module.css';
import Toolbar from './Toolbar';
import { useTableView } from './useTableView';

const directionText: Record<Direction, () => string> = {
  better: () => translate({ id: 'table.delta.better', message: 'better than baseline' }),
  worse: () => translate({ id: 'table.delta.worse', message: 'worse than baseline' }),
  same: () => translate({ id: 'table.delta.same', message: 'same as baseline' }),
};
const glyph: Record<Direction, string> = { better: '▲', worse: '▼', same: '＝' };

function headerText(zoo: Zoo, column: Column, locale: Locale): string {
  const { label, unit } = columnHeader(zoo, column, locale);
  return unit ? `${label} (${unit})` : label;
}

function FigureCell({
  zoo,
  figure,
  better,
  record,
  locale,
}: {
  zoo: Zoo;
  figure: Figure | null;
  better: 'higher' | 'lower';
  record: DeltaRecord | undefined;
  locale: Locale;
}) {
  if (figure === null) {
    return (
      <td className={styles.num}>
        <span aria-hidden="true">–</span>
        <span className="sr-only">
          <Translate id="table.cell.empty">not published</Translate>
        </span>
      </td>
    );
  }
  const direction = figure.delta === undefined ? undefined : deltaDirection(figure.delta, better);
  const delta = figure.delta !== undefined && (
    <span className={styles.delta} data-direction={direction ?? 'none'}>
      {`(${figure.delta})`}
      {direction && (
        <>
          <span aria-hidden="true" className={styles.glyph}>
            {glyph[direction]}
          </span>
          <span className="sr-only">{directionText[direction]()}</span>
        </>
      )}
      {figure.delta === '-' && (
        <span className="sr-only">
          <Translate id="table.delta.none">no delta published</Translate>
        </span>
      )}
    </span>
  );
  return (
    <td className={styles.num} data-outcome={record?.outcome}>
      <span className={styles.value}>{figure.value}</span>
      {record ? (
        <DeltaExplainer zoo={zoo} record={record} locale={locale}>
          {delta}
        </DeltaExplainer>
      ) : (
        delta
      )}
      {record?.erratum && (
        <Link
          className={styles.erratumMark}
          to={`/errata#erratum-${record.erratum}`}
          id={`ref-${record.erratum}`}
          title={translate(
            { id: 'table.erratum.title', message: 'Erratum: the figures give {plain}. See the errata page.' },
            { plain: record.verdict.plain },
          )}
        >
          <span aria-hidden="true">†</span>
          <span className="sr-only">
            <Translate id="table.erratum.mark">erratum, on the errata page</Translate>
          </span>
        </Link>
      )}
    </td>
  );
}

/** The errata of one table, under it: what upstream printed and what its figures give. */
function Footnotes({
  zoo,
  table,
  records,
  locale,
}: {
  zoo: Zoo;
  table: Table;
  records: DeltaRecord[];
  locale: Locale;
}) {
  const brokenLinks = useBrokenLinks();
  if (records.length === 0) return null;
  return (
    <ol
      className={styles.footnotes}
      aria-label={translate({ id: 'table.errata.label', message: 'Errata in this table' })}
    >
      {records.map((r) => {
        const row = table.rows.find((x) => x.id === r.row);
        const erratum = zoo.errata.find((e) => e.id === r.erratum);
        brokenLinks.collectAnchor(`fn-${r.erratum}`);
        return (
          <li key={r.id} id={`fn-${r.erratum}`}>
            <a
              href={`#ref-${r.erratum}`}
              aria-label={translate({ id: 'table.errata.back', message: 'Back to the cell' })}
            >
              †
            </a>{' '}
            <strong>
              {row ? rowName(zoo, row, locale, table) : r.row}, {columnLabel(zoo, r.column, locale)}:
            </strong>{' '}
            {translate(
              { id: 'table.errata.text', message: 'upstream prints {published}; its figures give {plain}.' },
              { published: r.published, plain: r.verdict.plain },
            )}{' '}
            {erratum?.note[locale]}{' '}
            <Link to={`/errata#erratum-${r.erratum}`}>
              <Translate id="table.errata.link">All errata</Translate>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}

function FieldCell({
  zoo,
  table,
  row,
  field,
  pick,
  aliases,
}: {
  zoo: Zoo;
  table: Table;
  row: Row;
  field: string;
  pick: (l: Label) => string;
  aliases: string[];
}) {
  const locale = useLocale();
  switch (field) {
    case 'model': {
      const model = zoo.models.find((m) => m.id === row.model);
      return (
        <th scope="row" className={styles.rowHeader}>
          {/* Old ids of this row (recorded moves) still land here, with or without JavaScript. */}
          {aliases.map((alias) => (
            <span key={alias} id={alias} data-alias-for={row.id} />
          ))}
          {model?.label}
          <CopyLink
            page={table.page}
            anchor={row.id}
            label={translate(
              { id: 'table.copyRow', message: 'Copy link to the row {name}' },
              { name: rowName(zoo, row, locale, table) },
            )}
          />
        </th>
      );
    }
    case 'dataset':
      return <td>{pick(zoo.datasets.find((d) => d.id === row.dataset)?.label ?? { en: '', 'zh-Hans': '' })}</td>;
    case 'pretrained': {
      const set = zoo.datasets.find((d) => d.id === row.pretrained);
      return <td>{set ? pick(set.label) : '–'}</td>;
    }
    case 'strategy': {
      const strategy = zoo.strategies.strategies.find((s) => s.id === row.strategy);
      return (
        <td>
          <code>{row.strategy}</code>
          {strategy && row.strategy !== 'baseline' && <span className={styles.hint}>{pick(strategy.short)}</span>}
        </td>
      );
    }
    case 'inputSize':
      return <td className={styles.num}>{row.inputSize}</td>;
    case 'teacher': {
      if (!row.teacher) {
        return (
          <td>
            <span aria-hidden="true">–</span>
            <span className="sr-only">
              <Translate id="table.teacher.none">no teacher</Translate>
            </span>
          </td>
        );
      }
      const text = teacherText(zoo, row.teacher);
      const to = row.teacher.row ? rowPath(zoo, row.teacher.row) : undefined;
      return <td>{to ? <Link to={to}>{text}</Link> : text}</td>;
    }
    case 'download':
      return (
        <td>
          {row.download ? (
            <>
              <a className={styles.download} href={row.download}>
                {fileName(row.download)}
              </a>
              <DownloadStatus check={zoo.downloadChecks.results[row.download]} />
            </>
          ) : (
            '–'
          )}
        </td>
      );
    default:
      return <td />;
  }
}

export function BenchmarkTableView({ zoo, table }: { zoo: Zoo; table: Table }): ReactNode {
  const locale = useLocale();
  const pick = (l: Label) => l[locale];
  const brokenLinks = useBrokenLinks();
  // Anchors that moved here from elsewhere on this page (data/permalinks.json › moved).
  const aliasesOf = (id: string) =>
    Object.entries(zoo.permalinks.moved).flatMap(([from, to]) => {
      const [fromPage, fromAnchor] = from.split('#');
      return to === `/${table.page}#${id}` && fromPage === `/${table.page}` && fromAnchor ? [fromAnchor] : [];
    });
  for (const id of [table.id, ...table.rows.map((r) => r.id)]) {
    brokenLinks.collectAnchor(id);
    for (const alias of aliasesOf(id)) brokenLinks.collectAnchor(alias);
  }
  const captionId = `${table.id}-caption`;
  const records = verificationIndex(zoo);
  const deltaRecord = (row: Row, metric: string) => {
    const r = records.get(`${row.id}.${metric}`);
    return r?.kind === 'delta' ? r : undefined;
  };
  const errata = table.rows.flatMap((row) =>
    table.columns.flatMap((c) => {
      const r = 'metric' in c ? deltaRecord(row, c.metric) : undefined;
      return r?.erratum ? [r] : [];
    }),
  );
  const dataset =
    table.rows[0] && new Set(table.rows.map((r) => r.dataset)).size === 1 ? table.rows[0].dataset : undefined;
  const datasetNote = dataset ? zoo.datasets.find((d) => d.id === dataset)?.description : undefined;
  const state = useTableView(zoo, table);
  const { view, setView } = state;
  const sortBy = (column: string, by: 'value' | 'delta') =>
    setView((current) => {
      const same = current.sort?.column === column && current.sort.by === by;
      return { ...current, sort: { column, by, dir: same && current.sort?.dir === 'asc' ? 'desc' : 'asc' } };
    });

  return (
    <div className={styles.block}>
      <Toolbar zoo={zoo} table={table} state={state} locale={locale} />
      {/* A scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so it scrolls by keyboard */}
      <section className={styles.scroller} aria-labelledby={captionId} tabIndex={0}>
        <table id={table.id} className={styles.table}>
          <caption id={captionId} className={styles.caption}>
            {aliasesOf(table.id).map((alias) => (
              <span key={alias} id={alias} data-alias-for={table.id} />
            ))}
            <span className={styles.title}>
              {pick(table.title)}
              <CopyLink
                page={table.page}
                anchor={table.id}
                label={translate({ id: 'table.copyTable', message: 'Copy link to this table' })}
              />
            </span>
            <span className={styles.legend}>
              {datasetNote && `${pick(datasetNote)} `}
              <Translate id="table.legend">
                ▲ better and ▼ worse than the row's baseline for that column; – not published.
              </Translate>
            </span>
          </caption>
          <thead>
            <tr>
              {table.columns.map((column) => {
                const key = 'field' in column ? column.field : column.metric;
                const sorted = view.sort?.column === key ? view.sort : undefined;
                const hasDeltas = 'metric' in column && table.rows.some((r) => r.cells[key]?.delta);
                return (
                  <th
                    key={key}
                    scope="col"
                    aria-sort={sorted ? (sorted.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button type="button" className={styles.sort} onClick={() => sortBy(key, 'value')}>
                      {headerText(zoo, column, locale)}
                      <span aria-hidden="true" className={styles.sortMark}>
                        {sorted?.by === 'value' ? (sorted.dir === 'asc' ? '↑' : '↓') : '↕'}
                      </span>
                    </button>
                    {hasDeltas && (
                      <button
                        type="button"
                        className={styles.sort}
                        onClick={() => sortBy(key, 'delta')}
                        title={translate({ id: 'table.sort.delta', message: 'Sort by change from baseline' })}
                      >
                        <span aria-hidden="true">
                          Δ{sorted?.by === 'delta' ? (sorted.dir === 'asc' ? '↑' : '↓') : ''}
                        </span>
                        <span className="sr-only">
                          <Translate id="table.sort.delta">Sort by change from baseline</Translate>
                        </span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {state.rows.map((row) => (
              <tr key={row.id} id={row.id} data-strategy={row.strategy} data-forced={row === state.forced || undefined}>
                {table.columns.map((column) =>
                  'field' in column ? (
                    <FieldCell
                      key={column.field}
                      zoo={zoo}
                      table={table}
                      row={row}
                      field={column.field}
                      pick={pick}
                      aliases={aliasesOf(row.id)}
                    />
                  ) : (
                    <FigureCell
                      key={column.metric}
                      zoo={zoo}
                      figure={row.cells[column.metric] ?? null}
                      better={zoo.columns.metrics[column.metric]?.better ?? 'higher'}
                      record={deltaRecord(row, column.metric)}
                      locale={locale}
                    />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <Footnotes zoo={zoo} table={table} records={errata} locale={locale} />
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
