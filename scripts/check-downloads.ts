/**
 * `npm run check:downloads`: asks every distinct download URL in data/tables for its first bytes,
 * prints what each answered, writes the results to data/download-checks.json (the site shows them
 * next to each link) and exits 1 when any link is dead. Run by hand, on a machine with internet.
 *
 *   npm run check:downloads [-- --timeout 15000] [-- --out data/download-checks.json]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadZoo } from '../src/data/load';
import { formatProblem } from '../src/data/problems';
import type { DownloadCheck, DownloadChecks } from '../src/data/schemas';
import { distinctDownloadUrls } from '../src/lib/counts';
import { formatSize } from '../src/lib/fileSize';
import { checkDownloads } from '../src/links/downloads';
import { runIfEntry } from './lib/entry';

function line(url: string, r: DownloadCheck): string {
  const what = [
    r.status === null ? 'no answer' : `HTTP ${r.status}`,
    r.size === null ? 'size unknown' : formatSize(r.size),
    r.contentType ?? 'no content type',
    r.archive ?? 'not read',
  ].join(', ');
  const moved = r.finalUrl ? `\n      → ${r.finalUrl}` : '';
  return `${r.ok ? 'ok  ' : 'DEAD'}  ${url}${moved}\n      ${what}${r.problem ? `\n      ${r.problem}` : ''}`;
}

export interface Run {
  urls: string[];
  out: string;
  timeoutMs: number;
  log?: (text: string) => void;
}

/** Checks the URLs, writes the results file, returns the exit code. */
export async function run({ urls, out, timeoutMs, log = console.log }: Run): Promise<number> {
  const results = await checkDownloads(urls, { timeoutMs });
  const file: DownloadChecks = { results: Object.fromEntries(results) };
  fs.writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  for (const [url, r] of results) log(line(url, r));
  const dead = results.filter(([, r]) => !r.ok).length;
  log(`\n${results.length} URLs checked, ${dead} dead; results in ${path.relative(process.cwd(), out)}`);
  return dead > 0 ? 1 : 0;
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      out: { type: 'string', default: 'data/download-checks.json' },
      timeout: { type: 'string', default: '15000' },
    },
    strict: true,
  });
  const loaded = loadZoo();
  if (!loaded.ok) {
    console.error(loaded.problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  const urls = distinctDownloadUrls(loaded.zoo);
  process.exitCode = await run({
    urls,
    out: path.resolve(values.out),
    timeoutMs: Number(values.timeout) || 15_000,
  });
}

runIfEntry(import.meta.url, main);
