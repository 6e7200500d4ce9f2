/**
 * `npm run permalinks`: records every new public page and anchor in
 * data/permalinks.json. It never removes one: a page or anchor that is gone
 * stays listed, and the command fails until its move is recorded, with
 * `npm run permalinks -- --move /pruning#old-id=/pruning#new-id`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadZoo } from '../src/data/load';
import { formatProblem } from '../src/data/problems';
import type { Permalinks } from '../src/data/schemas';
import { resolves } from '../src/links/check';
import { siteInventory } from '../src/links/site';
import { runIfEntry } from './lib/entry';

export function main(args: string[] = [], root: string = process.cwd()): number {
  const result = loadZoo(path.join(root, 'data'));
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    return 1;
  }
  const inv = siteInventory(result.zoo, root);
  const manifest: Permalinks = structuredClone(result.zoo.permalinks);

  let moves: string[];
  try {
    moves = parseArgs({ args, options: { move: { type: 'string', multiple: true } }, strict: true }).values.move ?? [];
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm run permalinks [-- --move OLD=NEW …]`);
    return 2;
  }
  for (const move of moves) {
    const [from, to] = move.split('=');
    if (!from || !to || !resolves(inv, to)) {
      console.error(`--move wants OLD=NEW where NEW exists on the site; got ${JSON.stringify(move)}`);
      return 1;
    }
    manifest.moved[from] = to;
  }

  let added = 0;
  for (const [page, anchors] of inv) {
    const listed = new Set(manifest.pages[page] ?? []);
    for (const a of anchors) {
      if (listed.has(a)) continue;
      listed.add(a);
      added++;
    }
    manifest.pages[page] = [...listed].sort();
  }
  const gone: string[] = [];
  for (const [page, anchors] of Object.entries(manifest.pages)) {
    if (!inv.has(page)) {
      if (!manifest.moved[page]) gone.push(page);
      continue;
    }
    for (const a of anchors) if (!inv.get(page)?.has(a) && !manifest.moved[`${page}#${a}`]) gone.push(`${page}#${a}`);
  }

  const sorted: Permalinks = {
    pages: Object.fromEntries(
      Object.keys(manifest.pages)
        .sort()
        .map((p) => [p, manifest.pages[p] ?? []]),
    ),
    moved: Object.fromEntries(
      Object.keys(manifest.moved)
        .sort()
        .map((p) => [p, manifest.moved[p] ?? '']),
    ),
  };
  fs.writeFileSync(path.join(root, 'data/permalinks.json'), `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(
    `data/permalinks.json: ${added} new page${added === 1 ? '' : 's'} or anchor${added === 1 ? '' : 's'} recorded.`,
  );
  if (gone.length) {
    console.error(`These were published and are gone; links to them would break:\n  ${gone.join('\n  ')}`);
    console.error('Record where each went: npm run permalinks -- --move OLD=NEW (nothing was removed).');
    return 1;
  }
  return 0;
}

runIfEntry(import.meta.url, () => main(process.argv.slice(2)));
