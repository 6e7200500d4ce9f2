/**
 * A table's sort and filters, kept in the URL query. The server renders the
 * full table in upstream order; the view from the URL is applied after
 * hydration (the first client render must match the server's), before the
 * browser paints again.
 *
 * A change is written with history.replaceState, past the router: a router
 * update re-renders the whole page, and a sort or a filter should re-render
 * only its table. Each change starts from the URL as it is now, so two changes
 * in a row (a fast hand) never undo each other.
 */
import { useLocation } from '@docusaurus/router';
import { useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import type { Row, Table, Zoo } from '../../data/schemas';
import { keepLanded } from '../../lib/landing';
import { hashAnchor } from '../../lib/links';
import { applyView, EMPTY_VIEW, parseView, passesFilters, type View, writeView } from '../../lib/tableView';

export interface TableView {
  view: View;
  /** Changes the view in the URL; `change` gets the view the URL holds now, which may be ahead of `view`. */
  setView: (change: (current: View) => View) => void;
  /** The rows the view shows, in its order. */
  rows: Row[];
  /**
   * Every row, in the view's order as if no filter were set (the forced row first); the table keeps
   * those not shown in the page, hidden where they stand. A filter and its reset then only hide and
   * show rows, where they used to move them: a row moved in the DOM is styled and laid out anew
   * (after a sort, a filter of /pruning's COCO table put back 7 of its 12 rows; now none). Kept at
   * all, a hidden row comes back without React building its elements again.
   */
  all: Row[];
  /** A row the URL's #anchor names, shown although the filters would hide it. */
  forced?: Row;
}

/** Whether two views show the same rows in the same order: their URL forms are the same. */
function sameView(a: View, b: View, table: Table): boolean {
  return writeView('', table, a) === writeView('', table, b);
}

export function useTableView(zoo: Zoo, table: Table): TableView {
  // The router's location: a shared link, or a client-side navigation to one, sets the view.
  const location = useLocation();
  const [view, setState] = useState<View>(EMPTY_VIEW);
  const [anchor, setAnchor] = useState('');
  // Every navigation (a new location key), even one to the same query: the router never saw the
  // changes written below, so "same query" may not mean "same view".
  const key = (location as { key?: string }).key;
  // Whether the render to come is one a navigation asked for: the page may have landed on the link's
  // #anchor before this table moved its rows for the link's view (see the first layout effect below).
  const followed = useRef(false);
  // State is set only where the location asks for another view or anchor: every plain page view
  // runs this once React starts, and a set state that changes nothing is not free: React keeps it in
  // the hook's queue, and (when this was a plain effect) the reader's first sort left it behind for
  // a second, empty render of the page right after (~7–9 ms of a phone's main thread at 4× CPU,
  // inside bench:reader's sort). An effect event: it reads the
  // view shown now, which is not a reason to run again (only a navigation is).
  const follow = useEffectEvent((next: View, hash: string) => {
    const otherView = !sameView(view, next, table);
    if (otherView) setState(next);
    if (hash !== anchor) setAnchor(hash);
    followed.current = otherView || hash !== anchor;
  });
  // After every render, cheap when there is nothing to do: before the browser paints the moved rows.
  // Declared before the effect that follows the link, so that it runs in the render that moved them.
  useLayoutEffect(() => {
    if (!followed.current) return;
    followed.current = false;
    keepLanded();
  });
  // A layout effect, not a plain one: React then draws the link's view before the browser paints
  // the page again. Until then the server's default view is hidden, on a page opened with a query
  // (src/plugins/url-view); drawn, it moved as React started (a filtered table lost most of its
  // rows under the reader's eyes).
  // biome-ignore lint/correctness/useExhaustiveDependencies: key marks a navigation; it is not read
  useLayoutEffect(() => {
    follow(parseView(location.search, table), hashAnchor(location.hash));
  }, [key, location.search, location.hash, table]);

  const setView = (change: (current: View) => View) => {
    const { pathname, search, hash } = window.location;
    const next = writeView(search, table, change(parseView(search, table)));
    window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
    setState(parseView(next, table));
  };
  // One sort of every row; the filters pick from it (the sort is stable: the same order as sorting
  // the rows shown alone).
  const ordered = applyView(zoo, table, { ...view, filters: {} });
  const shown = ordered.filter((row) => passesFilters(view, row));
  const target = table.rows.find((r) => r.id === anchor);
  const forced = target && !shown.includes(target) ? target : undefined;
  const rows = forced ? [forced, ...shown] : shown;
  const all = forced ? [forced, ...ordered.filter((r) => r !== forced)] : ordered;
  return { view, setView, rows, all, forced };
}
