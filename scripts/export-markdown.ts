/**
 * `npm run export:markdown [-- --lang en|zh-Hans] [-- --out FILE]`: every table of data/ as GFM
 * markdown in the upstream document's layout, in either language (Chinese by default, as
 * upstream). Prints to standard output unless --out is given.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadZoo } from '../src/data/load';
import { formatProblem } from '../src/data/problems';
import { LOCALES, type Locale } from '../src/data/schemas';
import { zooMarkdown } from '../src/markdown/export';
import { runIfEntry } from './lib/entry';

const USAGE = 'usage: npm run export:markdown [-- --lang en|zh-Hans] [-- --out FILE]';

export function main(args: string[]): number {
  let values: { lang?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { lang: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const lang = values.lang ?? 'zh-Hans';
  if (!(LOCALES as readonly string[]).includes(lang)) {
    console.error(`--lang must be one of ${LOCALES.join(', ')}; found ${JSON.stringify(lang)}`);
    return 2;
  }
  const loaded = loadZoo();
  if (!loaded.ok) {
    console.error(loaded.problems.map(formatProblem).join('\n'));
    return 1;
  }
  const markdown = zooMarkdown(loaded.zoo, lang as Locale);
  const { out } = values;
  if (out) fs.writeFileSync(out, markdown);
  else process.stdout.write(markdown);
  return 0;
}

runIfEntry(import.meta.url, () => main(process.argv.slice(2)));
