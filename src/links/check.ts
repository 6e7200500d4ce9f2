/**
 * The guard on links people share: every page and anchor in the committed
 * manifest (data/permalinks.json) must still exist, or have a recorded move
 * whose target exists; every page and anchor that exists must be in the
 * manifest; the Chinese pages carry the same ids as the English ones; and the
 * upstream document's GitHub anchors point at places that exist.
 */
import type { Problem } from '../data/problems';
import { formatPath } from '../data/problems';
import type { Zoo } from '../data/schemas';
import type { DocPage } from './docs';
import type { Inventory } from './inventory';

const FILE = 'data/permalinks.json';

export function resolves(inv: Inventory, target: string): boolean {
  const [page = '', anchor] = target.split('#');
  const anchors = inv.get(page);
  return anchors !== undefined && (anchor === undefined || anchors.has(anchor));
}

export function checkPermalinks(zoo: Zoo, inv: Inventory, en: DocPage[], zh: DocPage[]): Problem[] {
  const out: Problem[] = [];
  const { pages, moved } = zoo.permalinks;

  for (const [page, anchors] of Object.entries(pages)) {
    const path = formatPath(['pages', page]);
    const live = inv.get(page);
    if (!live) {
      if (!moved[page]) {
        out.push({
          rule: 'permalinks',
          file: FILE,
          path,
          expected: `the page ${page}, or its move recorded in moved`,
          found: 'no such page',
        });
      }
      continue;
    }
    for (const anchor of anchors) {
      if (!live.has(anchor) && !moved[`${page}#${anchor}`]) {
        out.push({
          rule: 'permalinks',
          file: FILE,
          path,
          expected: `the anchor ${JSON.stringify(anchor)} on ${page}, or its move recorded in moved ("${page}#${anchor}": "<new place>")`,
          found: 'no such anchor',
        });
      }
    }
  }

  for (const [page, anchors] of inv) {
    const listed = new Set(pages[page] ?? []);
    const missing = [...anchors].filter((a) => !listed.has(a)).sort();
    if (!(page in pages)) {
      out.push({
        rule: 'permalinks',
        file: FILE,
        path: formatPath(['pages', page]),
        expected: 'every public page listed (run npm run permalinks)',
        found: `${page} not listed`,
      });
    } else if (missing.length) {
      out.push({
        rule: 'permalinks',
        file: FILE,
        path: formatPath(['pages', page]),
        expected: 'every public anchor listed (run npm run permalinks)',
        found: `${missing.map((a) => JSON.stringify(a)).join(', ')} not listed`,
      });
    }
  }

  for (const [from, to] of Object.entries(moved)) {
    const path = formatPath(['moved', from]);
    if (resolves(inv, from)) {
      out.push({
        rule: 'permalinks',
        file: FILE,
        path,
        expected: 'an old place that no longer exists',
        found: `${from} still exists`,
      });
    }
    if (!resolves(inv, to))
      out.push({
        rule: 'permalinks',
        file: FILE,
        path,
        expected: 'a new place that exists',
        found: JSON.stringify(to),
      });
    if (from.includes('#') !== to.includes('#')) {
      out.push({
        rule: 'permalinks',
        file: FILE,
        path,
        expected: 'a page moved to a page, or an anchor to an anchor',
        found: `${from} → ${to}`,
      });
    }
  }

  for (const [anchor, target] of Object.entries(zoo.legacyAnchors.anchors)) {
    if (!resolves(inv, target)) {
      out.push({
        rule: 'permalinks',
        file: 'data/legacy-anchors.json',
        path: formatPath(['anchors', anchor]),
        expected: 'a place on this site that exists',
        found: JSON.stringify(target),
      });
    }
  }

  // Both languages publish the same pages with the same heading ids, so a shared link works in either.
  const zhByRoute = new Map(zh.map((d) => [d.route, d]));
  for (const doc of en) {
    const other = zhByRoute.get(doc.route);
    if (!other) {
      out.push({
        rule: 'translation',
        file: doc.file,
        path: 'route',
        expected: `a Chinese page for ${doc.route}`,
        found: 'none',
      });
      continue;
    }
    const missing = doc.headings.filter((h) => !other.headings.includes(h));
    const extra = other.headings.filter((h) => !doc.headings.includes(h));
    if (missing.length || extra.length) {
      out.push({
        rule: 'translation',
        file: other.file,
        path: 'headings',
        expected: `the heading ids of ${doc.file}`,
        found: [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `extra ${extra.join(', ')}` : '']
          .filter(Boolean)
          .join('; '),
      });
    }
    if (
      doc.tables.join() !== other.tables.join() ||
      doc.strategies.join() !== other.strategies.join() ||
      doc.errata !== other.errata
    ) {
      out.push({
        rule: 'translation',
        file: other.file,
        path: '(components)',
        expected: `the same tables and lists as ${doc.file}`,
        found: 'different ones',
      });
    }
  }
  return out;
}
