/**
 * A table's sort and filters, kept in the URL query. The server renders the
 * full table in upstream order; the view from the URL is applied after
 * hydration, so the first client render matches the server's.
 */
import { useHistory, useLocation } from '@docusaurus/router';
import { useEffect, useState } from 'react';
import type { Row, Table, Zoo } from '../../data/schemas';
import { applyView, EMPTY_VIEW, parseView, type View, writeView } from '../../lib/tableView';

export interface TableView {
  view: View;
  /** Changes the view in the URL; `change` gets the view the URL holds now, which may be ahead of `view`. */
  setView: (change: (current: View) => View) => void;
  rows: Row[];
  /** A row the URL's #anchor names, shown although the filters would hide it. */
  forced?: Row;
}

export function useTableView(zoo: Zoo, table: Table): TableView {
  const location = useLocation();
  const history = useHistory();
  const [view, setState] = useState<View>(EMPTY_VIEW);
  const [anchor, setAnchor] = useState('');
  useEffect(() => {
    setState(parseView(location.search, table));
    setAnchor(decodeURIComponent(location.hash.slice(1)));
  }, [location.search, location.hash, table]);

  // From history.location, not the rendered location: a route update reaches React a moment after
  // the URL changes, and two changes in that moment (a click replayed as React takes over, a fast
  // hand) must not undo each other.
  const setView = (change: (current: View) => View) => {
    const { search } = history.location;
    history.replace({ ...history.location, search: writeView(search, table, change(parseView(search, table))) });
  };
  const shown = applyView(zoo, table, view);
  const target = table.rows.find((r) => r.id === anchor);
  const forced = target && !shown.includes(target) ? target : undefined;
  return { view, setView, rows: forced ? [forced, ...shown] : shown, forced };
}
