/**
 * Every public page and anchor of the site, from the docs and the data: the
 * heading ids, each table and row, each strategy, each erratum, and the page
 * that takes the upstream document's GitHub anchors. Pure: the browser-side
 * code may use it too.
 */
import type { Zoo } from '../data/schemas';
import { withRecords } from '../data/verify';
import { chartsFor } from '../lib/charts';
import { MODELS_PATH, modelPages } from '../lib/modelPages';
import type { DocPage } from './docs';

export type Inventory = Map<string, Set<string>>;

/** The page that takes the upstream document's GitHub heading anchors. */
export const UPSTREAM_PAGE = '/upstream';
export const FINDER_PAGE = '/finder';

export const strategyAnchor = (id: string) => `strategy-${id.replaceAll('_', '-')}`;

export function inventory(zoo: Zoo, docs: DocPage[]): Inventory {
  const out: Inventory = new Map();
  const errata = withRecords(zoo).records.flatMap((r) => (r.erratum ? [`erratum-${r.erratum}`] : []));
  for (const doc of docs) {
    const anchors = new Set(doc.headings);
    for (const id of doc.tables) {
      const table = zoo.tables.find((t) => t.id === id);
      if (!table) continue;
      anchors.add(table.id);
      for (const row of table.rows) anchors.add(row.id);
    }
    for (const technique of doc.strategies) {
      for (const s of zoo.strategies.strategies) if (s.technique === technique) anchors.add(strategyAnchor(s.id));
    }
    if (doc.errata) for (const a of errata) anchors.add(a);
    for (const dataset of doc.charts) for (const chart of chartsFor(zoo, dataset)) anchors.add(chart.id);
    out.set(doc.route, anchors);
  }
  out.set(UPSTREAM_PAGE, new Set(Object.keys(zoo.legacyAnchors.anchors)));
  out.set(MODELS_PATH, new Set());
  out.set(FINDER_PAGE, new Set());
  for (const page of modelPages(zoo)) out.set(page.path, new Set(page.sizes.map((s) => `size-${s}`)));
  return out;
}

/** The manifest's form of an inventory: pages sorted, anchors sorted. */
export function toManifestPages(inv: Inventory): Record<string, string[]> {
  return Object.fromEntries([...inv.keys()].sort().map((page) => [page, [...(inv.get(page) ?? [])].sort()]));
}
