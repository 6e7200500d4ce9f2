/**
 * The errata of the cells above, under their table: what upstream printed, what its figures give,
 * and why. Each note links back to its marked cell (†) and on to the errata page. The benchmark
 * tables and the model pages show the same notes for the same cells.
 */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { memo, type ReactNode } from 'react';
import type { Locale, Zoo } from '../../data/schemas';
import type { DeltaRecord } from '../../data/verify';
import { columnLabel, rowName } from '../../lib/rowName';
import { sentenceGap } from '../../lib/spacing';
import { filterData } from '../../lib/tableView';
import styles from './styles.module.css';

/**
 * Memoised: a table's sort changes none of its notes (they follow upstream's order). A filter hides
 * the notes of the rows it hides, where they stand, as it hides the rows: their ids stay in the page.
 */
export default memo(function ErratumNotes({
  zoo,
  records,
  locale,
  shown,
}: {
  zoo: Zoo;
  records: DeltaRecord[];
  locale: Locale;
  /** The ids of the rows shown, where a filter may hide some; every note is shown without it. */
  shown?: ReadonlySet<string>;
}): ReactNode {
  const brokenLinks = useBrokenLinks();
  if (records.length === 0) return null;
  const isShown = (r: DeltaRecord) => !shown || shown.has(r.row);
  const gap = sentenceGap(locale);
  // A model page's notes come from several tables, where two rows may bear one name (pruned, and
  // distilled then pruned, are both "MobileNetV1 · r578 · 608"): each note then names its table too.
  const severalTables = new Set(records.map((r) => r.table)).size > 1;
  return (
    <ol
      className={styles.notes}
      aria-label={translate({ id: 'table.errata.label', message: 'Errata in this table' })}
      hidden={!records.some(isShown) || undefined}
    >
      {records.map((r) => {
        const table = zoo.tables.find((t) => t.id === r.table);
        const row = table?.rows.find((x) => x.id === r.row);
        const erratum = zoo.errata.find((e) => e.id === r.erratum);
        brokenLinks.collectAnchor(`fn-${r.erratum}`);
        const name = !row
          ? r.row
          : severalTables && table
            ? translate(
                { id: 'table.errata.rowInTable', message: '{row} ({table})' },
                { row: rowName(zoo, row, locale, table), table: table.title[locale] },
              )
            : rowName(zoo, row, locale, table);
        return (
          <li
            key={r.id}
            id={`fn-${r.erratum}`}
            hidden={!isShown(r) || undefined}
            // Under a benchmark table, a filter hides a row's notes with it, the head script too
            // (src/plugins/url-view), which keeps those of the row a link names: data-row.
            {...(shown && table && row ? { ...filterData(table, row), 'data-row': row.id } : {})}
          >
            <a
              href={`#ref-${r.erratum}`}
              aria-label={translate({ id: 'table.errata.back', message: 'Back to the cell' })}
            >
              †
            </a>{' '}
            <strong>
              {translate(
                { id: 'table.errata.where', message: '{row}, {column}:' },
                { row: name, column: columnLabel(zoo, r.column, locale) },
              )}
            </strong>
            {gap}
            {translate(
              { id: 'table.errata.text', message: 'upstream prints {published}; its figures give {plain}.' },
              { published: r.published, plain: r.verdict.plain },
            )}
            {gap}
            {erratum?.note[locale]}
            {gap}
            <Link to={`/errata#erratum-${r.erratum}`}>
              <Translate id="table.errata.link">All errata</Translate>
            </Link>
          </li>
        );
      })}
    </ol>
  );
});
