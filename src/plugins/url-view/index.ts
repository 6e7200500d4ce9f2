/**
 * Draws a shared link's view from the first paint, not once React starts.
 *
 * A link can carry a view in its query: a table's sort and filters (`?prune-coco.strategy=r578`),
 * the finder's budget. The page is built once for every query, in the default view, and React
 * reads the query as it starts. Drawn at once, a shared filtered table showed all its rows, then
 * lost most of them: a layout shift of 0.46 at 1280 px and 0.88 on a phone. So a script in the
 * head, before anything is drawn:
 *
 * - marks the page (`<html data-url-view>`): src/css/custom.css then hides what the query changes
 *   (the tables' rows, the finder's form and results), its space kept, until React has drawn the
 *   view (Docusaurus sets `data-has-hydrated="true"`);
 * - leaves out the rows the link's filters hide, and their errata notes (by the rows' `data-*`
 *   filter values, lib/tableView's filterData), so each table has its final height at once. The
 *   row the link's #anchor names stays, with its notes, as React keeps them.
 *
 * Only a query the site reads marks the page (?utm_source=… or ?fbclid=… hides nothing).
 *
 * Should React never start (its script blocked or failing), the mark comes off 3 s after the page
 * has loaded, and the default view shows, as it does without JavaScript.
 */
import type { Plugin } from '@docusaurus/types';
import { LIMITS } from '../../lib/finder';
import { FILTER_FIELDS } from '../../lib/tableView';

/**
 * The query keys the site reads, from the lists its readers use: a table's view (lib/tableView:
 * `<table>.sort`, `.dir` and a key per filter) and the finder's budget (lib/finder's parseBudget).
 */
const FILTER_KEY = new RegExp(`^(.+)\\.(${FILTER_FIELDS.join('|')})$`);
const VIEW_KEY = new RegExp(`^(.+)\\.(sort|dir|${FILTER_FIELDS.join('|')})$`);
const BUDGET_KEY = new RegExp(`^(dataset|accuracy|device|${LIMITS.join('|')})$`);

/**
 * Runs in the page's head as it is written here (its source is sent, minified): plain DOM, no
 * imports, nothing outside it. Any failure is caught where it is sent (see below): the page then
 * shows its default view first, as before.
 */
export function markUrlView(viewKey: RegExp, budgetKey: RegExp, filterKey: RegExp): void {
  const params = new URLSearchParams(location.search);
  const finder = /\/finder$/.test(location.pathname);
  const keys = [...params.keys()];
  // Only a query this site reads: ?utm_source=… or ?fbclid=… hides nothing.
  if (!keys.some((key) => viewKey.test(key) || (finder && budgetKey.test(key)))) return;
  const root = document.documentElement;
  root.setAttribute('data-url-view', '');
  addEventListener('load', () => setTimeout(() => root.removeAttribute('data-url-view'), 3000));
  let anchor = location.hash.slice(1);
  try {
    anchor = decodeURIComponent(anchor);
  } catch {}
  // The row the link's #anchor names is shown whatever the filters, with its errata notes (each
  // note says its row in data-row), as React shows them.
  const row = anchor ? `:not(#${CSS.escape(anchor)})` : '';
  const itsNote = anchor ? `[data-row="${CSS.escape(anchor)}"]` : '';
  let css = '';
  for (const key of new Set(keys)) {
    const filter = filterKey.exec(key);
    if (!filter) continue;
    // Each filter alone (React reads a key's first value), and only where some row has its value:
    // React ignores a value the table does not offer. Without :has(), nothing is hidden.
    const match = `[data-${filter[2]?.toLowerCase()}="${CSS.escape(params.get(key) ?? '')}"]`;
    const table = `[data-url-view]:not([data-has-hydrated="true"]) #${CSS.escape(filter[1] ?? '')}:has(>tbody>tr${match})`;
    css += `${table}>tbody>tr:not(${match})${row}{display:none}`;
    css += `${table}~ol>li:not(${match})${itsNote && `:not(${itsNote})`}{display:none}`;
    css += `${table}~ol:not(:has(>li${match}))${itsNote && `:not(:has(>li${itsNote}))`}{display:none}`;
  }
  if (css) document.head.appendChild(document.createElement('style')).textContent = css;
}

export default function urlViewPlugin(): Plugin {
  return {
    name: 'url-view',
    injectHtmlTags: () => ({
      headTags: [
        {
          tagName: 'script',
          innerHTML: `try{(${markUrlView.toString()})(${VIEW_KEY},${BUDGET_KEY},${FILTER_KEY})}catch(e){}`,
        },
      ],
    }),
  };
}
