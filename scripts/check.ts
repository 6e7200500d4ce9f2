/**
 * `npm run check`: load and validate everything in data/, print every problem
 * at once, and exit non-zero if there is any. Runs before `start` and `build`.
 */

import path from 'node:path';
import { loadZoo } from '../src/data/load';
import { formatProblem } from '../src/data/problems';
import { verify } from '../src/data/verify';
import { checkSiteLinks } from '../src/links/site';
import { runIfEntry } from './lib/entry';

export function main(dataDir?: string, root: string = dataDir ? path.dirname(dataDir) : process.cwd()): number {
  const started = performance.now();
  const loaded = loadZoo(dataDir);
  // Links are checked against the docs of the project the data belongs to.
  const result = loaded.ok
    ? (() => {
        const problems = checkSiteLinks(loaded.zoo, root);
        return problems.length ? { ok: false as const, problems } : loaded;
      })()
    : loaded;
  const ms = (performance.now() - started).toFixed(0);
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    const n = result.problems.length;
    console.error(`\n✗ ${n} problem${n === 1 ? '' : 's'} in data/ (${ms} ms). Nothing was built or served.`);
    if (result.problems.some((p) => p.rule === 'deltaAgreement' || p.rule === 'claimAgreement')) {
      console.error('  A figure that upstream really prints wrong belongs in data/errata.json, with a note.');
    }
    if (result.problems.some((p) => p.rule === 'permalinks')) {
      console.error('  `npm run permalinks` records new pages and anchors; a removed one needs its move in "moved".');
    }
    return 1;
  }
  const { tables } = result.zoo;
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  const records = verify(result.zoo);
  const tally = (kind: string, outcome: string) =>
    records.filter((r) => r.kind === kind && r.outcome === outcome).length;
  const line = (kind: string) =>
    `${tally(kind, 'agrees')} agree, ${tally(kind, 'rounding')} agree only through rounding, ${tally(kind, 'disagrees')} disagree`;
  console.log(`✓ data/ is valid: ${tables.length} tables, ${rows} rows (${ms} ms).`);
  console.log(`  deltas: ${line('delta')}; quoted figures: ${line('claim')}.`);
  console.log(`  Every disagreement is in data/errata.json (${result.zoo.errata.length} entries).`);
  return 0;
}

runIfEntry(import.meta.url, () => main(process.argv[2]));
