/** Filters, reset and "download this view" above a table. Native controls: keyboard and screen readers work as usual. */
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import type { PageZoo } from '../../data/pageZoo';
import type { Locale, Table, Zoo } from '../../data/schemas';
import { rootBase } from '../../lib/deploy';
import { rowName } from '../../lib/rowName';
import { type FilterField, filterOptions } from '../../lib/tableView';
import styles from './styles.module.css';
import type { TableView } from './useTableView';

function optionLabel(zoo: Zoo, field: string, value: string, locale: Locale): string {
  if (field === 'model') return zoo.models.find((m) => m.id === value)?.label ?? value;
  if (field === 'dataset') return zoo.datasets.find((d) => d.id === value)?.label[locale] ?? value;
  return value;
}

/**
 * `site` is where the rows' links start: this origin and the base URL every locale shares. The CSV
 * writer is fetched on the first download, not with the page: few readers ask for a file.
 */
async function download(zoo: PageZoo, table: Table, state: TableView, site: string) {
  const { tableCsv } = await import('../../data/exports');
  const csv = tableCsv(zoo, table, state.rows, window.location.origin + site);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${table.id}-view.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export default function Toolbar({
  zoo,
  table,
  state,
  locale,
}: {
  zoo: PageZoo;
  table: Table;
  state: TableView;
  locale: Locale;
}): ReactNode {
  const { view, setView, rows, forced } = state;
  const { siteConfig, i18n } = useDocusaurusContext();
  const site = rootBase(siteConfig.baseUrl, i18n).replace(/\/$/, '');
  const filters = filterOptions(table);
  const count = (shown: number) =>
    translate(
      { id: 'table.view.count', message: '{shown} of {total} rows' },
      { shown: String(shown), total: String(table.rows.length) },
    );
  const active = view.sort !== undefined || Object.keys(view.filters).length > 0;
  // The table's own header for the column ("Pruning strategy"), else the shared one ("Strategy").
  const columnLabel = (field: FilterField) =>
    table.columns.find((c) => 'field' in c && c.field === field)?.label ?? zoo.columns.fields[field].label;
  return (
    <div className={styles.toolbar} data-nosearch>
      {filters.map(({ field, values }) => {
        const id = `${table.id}-filter-${field}`;
        return (
          <label key={field} htmlFor={id} className={styles.filter}>
            <span>{columnLabel(field)[locale]}</span>
            <select
              id={id}
              value={view.filters[field] ?? ''}
              onChange={(e) => {
                const value = e.target.value || undefined;
                setView((current) => ({ ...current, filters: { ...current.filters, [field]: value } }));
              }}
            >
              <option value="">{translate({ id: 'table.filter.all', message: 'All' })}</option>
              {values.map((v) => (
                <option key={v} value={v}>
                  {optionLabel(zoo, field, v, locale)}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {/* aria-disabled, not disabled: a button that turns disabled under the keyboard's focus loses
          it to the page's start; this one keeps it, and does nothing while there is nothing to reset.
          Nor Infima's `disabled` class, whose pointer-events: none took the button from under the
          pointer that had just pressed it: the browser then sent the page pointer-out and -over
          events before drawing the reset table (styles.module.css › .reset). */}
      <button
        type="button"
        className={`button button--sm button--secondary ${styles.reset}`}
        aria-disabled={!active}
        onClick={() => {
          if (active) setView(() => ({ filters: {} }));
        }}
      >
        <Translate id="table.view.reset">Reset</Translate>
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        // A failed fetch of the writer (offline) leaves nothing half done; the next click tries again.
        onClick={() => download(zoo, table, state, site).catch((error: unknown) => console.error(error))}
      >
        <Translate id="table.view.download">Download this view (CSV)</Translate>
      </button>
      {/* In one grid cell with the widest count it can show, unseen: the toolbar keeps its width and
          its line breaks whatever the filters leave. "12 of 12 rows" wrapped /pruning's toolbar at
          1280 px where "4 of 12 rows" did not, and the table jumped as a shared link's filter was drawn. */}
      <span className={styles.count}>
        <span aria-hidden="true" className={styles.widest}>
          {count(table.rows.length)}
        </span>
        <span role="status">
          {count(rows.length)}
          {forced &&
            ` ${translate(
              { id: 'table.view.forced', message: '(the linked row {name} is shown although the filters hide it)' },
              { name: rowName(zoo, forced, locale, table) },
            )}`}
        </span>
      </span>
    </div>
  );
}
