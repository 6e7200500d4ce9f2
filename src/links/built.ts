/**
 * The permalink guard on what was built: every page and anchor that data/permalinks.json
 * promises must be in the built HTML of each locale (an element with that id), or have its move
 * recorded. It reads the pages the way a browser does (htmlparser2), so an id counts however the
 * source wrote it: in MDX, in a component, across lines, in any quoting.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { formatPath, type Problem } from '../data/problems';
import type { Permalinks } from '../data/schemas';

/** Every id in one HTML document. */
export function idsInHtml(html: string): Set<string> {
  const ids = new Set<string>();
  const parser = new Parser({
    onopentag(_name, attributes) {
      if (attributes.id) ids.add(attributes.id);
    },
  });
  parser.write(html);
  parser.end();
  return ids;
}

/** The built file of a route: `/` → index.html, `/pruning` → pruning.html (or pruning/index.html). */
export function builtFile(outDir: string, route: string): string | undefined {
  const bare = route.replace(/^\/|\/$/g, '');
  const candidates = bare ? [`${bare}.html`, `${bare}/index.html`] : ['index.html'];
  return candidates.map((c) => path.join(outDir, c)).find((f) => fs.existsSync(f));
}

export function checkBuiltPermalinks(permalinks: Permalinks, outDir: string, locale: string): Problem[] {
  const out: Problem[] = [];
  for (const [page, anchors] of Object.entries(permalinks.pages)) {
    if (permalinks.moved[page]) continue;
    const at = formatPath(['pages', page]);
    const file = builtFile(outDir, page);
    if (!file) {
      out.push({
        rule: 'permalinks',
        file: 'data/permalinks.json',
        path: at,
        expected: `the page ${page} in the ${locale} build, or its move recorded in moved`,
        found: `no built file for it in ${outDir}`,
      });
      continue;
    }
    const ids = idsInHtml(fs.readFileSync(file, 'utf8'));
    for (const anchor of anchors) {
      if (ids.has(anchor) || permalinks.moved[`${page}#${anchor}`]) continue;
      out.push({
        rule: 'permalinks',
        file: 'data/permalinks.json',
        path: at,
        expected: `an element with id ${JSON.stringify(anchor)} in the ${locale} build of ${page}, or its move recorded in moved`,
        found: `none in ${path.relative(process.cwd(), file) || file}`,
      });
    }
  }
  return out;
}
