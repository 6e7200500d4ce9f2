/**
 * `npm run import -- <file.md> --out <dir>`: writes one draft table file per GFM table of the
 * markdown file, in data/tables format, checked against the table schema. Prints what each draft
 * still needs from a maintainer. Never writes into data/ unless told to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadZoo } from '../src/data/load';
import { formatProblem, problemsFromZod } from '../src/data/problems';
import { Table } from '../src/data/schemas';
import { importMarkdown } from '../src/markdown/import';
import { readText } from './lib/args';
import { runIfEntry } from './lib/entry';

export function main(args: string[], out: (text: string) => void = console.log): number {
  const outIndex = args.indexOf('--out');
  const dir = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && i !== outIndex + 1);
  if (!file || !dir) {
    out('usage: npm run import -- <file.md> --out <dir>');
    return 2;
  }
  const markdown = readText(file, out);
  if (markdown === undefined) return 2;
  const loaded = loadZoo();
  if (!loaded.ok) {
    out(`data/ must be valid to import against it:\n${loaded.problems.map(formatProblem).join('\n')}`);
    return 1;
  }
  const drafts = importMarkdown(markdown, loaded.zoo);
  fs.mkdirSync(dir, { recursive: true });
  let failed = 0;
  for (const { table, notes } of drafts) {
    const target = path.join(dir, `${table.id}.json`);
    const checked = Table.safeParse(table, { reportInput: true });
    if (!checked.success) {
      failed++;
      out(problemsFromZod(target, checked.error.issues).map(formatProblem).join('\n'));
      continue;
    }
    fs.writeFileSync(target, `${JSON.stringify(table, null, 2)}\n`);
    out(`${target}: ${table.rows.length} rows${notes.length ? `; to look at:\n  ${notes.join('\n  ')}` : ''}`);
  }
  out(`${drafts.length} tables imported, ${failed} failed the schema.`);
  return failed > 0 ? 1 : 0;
}

runIfEntry(import.meta.url, () => main(process.argv.slice(2)));
