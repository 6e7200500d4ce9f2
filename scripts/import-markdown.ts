/**
 * `npm run import -- <file.md> --out <dir>`: writes one draft table file per benchmark table of
 * the markdown file, in data/tables format, checked against the table schema. Prints what each
 * draft still needs from a maintainer, the tables it did not draft and why, every line given as
 * `<file.md>:<line>`: a draft that fails the schema is not written, so its problems point into
 * the source. Never writes into data/ unless told to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadZoo } from '../src/data/load';
import { formatProblem, problemsFromZod } from '../src/data/problems';
import { Table } from '../src/data/schemas';
import { type Draft, importMarkdown } from '../src/markdown/import';
import { readText } from './lib/args';
import { runIfEntry } from './lib/entry';

const USAGE = 'usage: npm run import -- <file.md> --out <dir>';

/** The source line a schema path inside a draft comes from: its row's, else the table's. */
function lineOf(draft: Draft, path: readonly PropertyKey[]): number {
  return path[0] === 'rows' && typeof path[1] === 'number' ? (draft.rowLines[path[1]] ?? draft.line) : draft.line;
}

export function main(args: string[], out: (text: string) => void = console.log): number {
  let values: { out?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { out: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    out(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = positionals;
  const dir = values.out;
  if (!file || !dir || extra.length > 0) {
    out(USAGE);
    return 2;
  }
  const markdown = readText(file, out);
  if (markdown === undefined) return 2;
  const loaded = loadZoo();
  if (!loaded.ok) {
    out(`data/ must be valid to import against it:\n${loaded.problems.map(formatProblem).join('\n')}`);
    return 1;
  }
  const { drafts, skipped } = importMarkdown(markdown, loaded.zoo);
  const at = (line: number) => `${file}:${line}`;
  fs.mkdirSync(dir, { recursive: true });
  let failed = 0;
  for (const draft of drafts) {
    const { table, notes } = draft;
    const target = path.join(dir, `${table.id}.json`);
    const checked = Table.safeParse(table, { reportInput: true });
    if (!checked.success) {
      failed++;
      out(`${at(draft.line)}: the draft of "${table.upstreamHeading}" fails the table schema; nothing written:`);
      for (const issue of checked.error.issues) {
        // One issue may be several problems (each unknown key); all are at the issue's row.
        for (const problem of problemsFromZod(file, [issue])) {
          out(
            `  ${at(lineOf(draft, issue.path))}: ${problem.path}: expected ${problem.expected}, found ${problem.found}`,
          );
        }
      }
      continue;
    }
    fs.writeFileSync(target, `${JSON.stringify(table, null, 2)}\n`);
    out(`${target}: ${table.rows.length} rows, from ${at(draft.line)}`);
    for (const n of notes) out(`  ${at(n.line)}: ${n.text}`);
  }
  for (const s of skipped) {
    out(`${at(s.line)}: "${s.heading}" not drafted: ${s.reason}`);
    for (const n of s.notes) out(`  ${at(n.line)}: ${n.text}`);
  }
  out(`${drafts.length} tables imported, ${failed} failed the schema, ${skipped.length} skipped.`);
  return failed > 0 ? 1 : 0;
}

runIfEntry(import.meta.url, () => main(process.argv.slice(2)));
