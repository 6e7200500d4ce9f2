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
 *   row the link's #anchor names stays, as React keeps it.
 *
 * Should React never start (its script blocked or failing), the mark comes off 3 s after the page
 * has loaded, and the default view shows, as it does without JavaScript.
 */
import type { Plugin } from '@docusaurus/types';

/**
 * Runs in the page's head as it is written here (its source is sent, minified): plain DOM, no
 * imports, nothing it calls may be missing. Any failure leaves the page as it was without it.
 */
export function markUrlView(): void {
  const query = location.search;
  if (!query) return;
  const root = document.documentElement;
  root.setAttribute('data-url-view', '');
  addEventListener('load', () => setTimeout(() => root.removeAttribute('data-url-view'), 3000));
  // The link's #anchor names a row React shows whatever the filters: it keeps its place too.
  const anchor = location.hash ? `:not(#${CSS.escape(decodeURIComponent(location.hash.slice(1)))})` : '';
  let css = '';
  new URLSearchParams(query).forEach((value, key) => {
    const filter = /^(.+)\.(model|strategy|inputSize|dataset)$/.exec(key);
    if (!filter) return;
    const before = `[data-url-view]:not([data-has-hydrated="true"]) #${CSS.escape(filter[1] ?? '')}`;
    const match = `[data-${filter[2]?.toLowerCase()}="${CSS.escape(value)}"]`;
    // A rule a filter, each filter hiding what it leaves out; and a rule a selector, so that a
    // browser without :has() drops only the rule that uses it.
    css += `${before}>tbody>tr:not(${match})${anchor}{display:none}`;
    css += `${before}~ol>li:not(${match}){display:none}`;
    css += `${before}~ol:not(:has(>li${match})){display:none}`;
  });
  if (css) document.head.appendChild(document.createElement('style')).textContent = css;
}

export default function urlViewPlugin(): Plugin {
  return {
    name: 'url-view',
    injectHtmlTags: () => ({
      headTags: [{ tagName: 'script', innerHTML: `try{(${markUrlView.toString()})()}catch(e){}` }],
    }),
  };
}
