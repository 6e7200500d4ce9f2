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
  setView: (view: View) => void;
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

  const setView = (next: View) => {
    history.replace({ ...location, search: writeView(location.search, table, next) });
  };
  const shown = applyView(zoo, table, view);
  const target = table.rows.find((r) => r.id === anchor);
  const forced = target && !shown.includes(target) ? target : undefined;
  return { view, setView, rows: forced ? [forced, ...shown] : shown, forced };
}
