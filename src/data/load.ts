/**
 * The one loader of `data/`. It reads every file, validates each against its
 * schema and only then runs the cross-file checks, collecting every problem
 * before it answers: a contributor sees all that is wrong in one run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { runChecks } from './checks';
import { tableFile } from './checks/context';
import { parseStrictJson } from './json';
import { type Problem, problemsFromZod } from './problems';
import { SHARED_FILES, Table, type Table as TableT, type Zoo } from './schemas';

export type LoadResult = { ok: true; zoo: Zoo } | { ok: false; problems: Problem[] };

/** Scripts run from the project root (npm sets the working directory there). */
const defaultDataDir = () => path.resolve(process.cwd(), 'data');

function readJson(dataDir: string, relative: string, problems: Problem[]): unknown {
  const file = `data/${relative}`;
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, relative), 'utf8');
  } catch {
    problems.push({ rule: 'file', file, path: '(file)', expected: 'a readable JSON file', found: 'no such file' });
    return undefined;
  }
  const parsed = parseStrictJson(file, text);
  if (parsed.ok) return parsed.value;
  problems.push(...parsed.problems);
  return undefined;
}

function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  problems: Problem[],
): z.infer<S> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  problems.push(...problemsFromZod(file, result.error.issues));
  return undefined;
}

export function loadZoo(dataDir: string = defaultDataDir()): LoadResult {
  const problems: Problem[] = [];
  const shared: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(SHARED_FILES)) {
    shared[name] = validate(schema, readJson(dataDir, name, problems), `data/${name}`, problems);
  }

  const tablesDir = path.join(dataDir, 'tables');
  const tableFiles = fs.existsSync(tablesDir)
    ? fs
        .readdirSync(tablesDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const tables = new Map<string, TableT>();
  for (const name of tableFiles) {
    const file = `data/tables/${name}`;
    const table = validate(Table, readJson(dataDir, `tables/${name}`, problems), file, problems);
    if (!table) continue;
    if (tableFile(table) !== file) {
      problems.push({
        rule: 'fileName',
        file,
        path: 'id',
        expected: `${JSON.stringify(name.replace(/\.json$/, ''))} (the file's name)`,
        found: JSON.stringify(table.id),
      });
    }
    tables.set(table.id, table);
  }

  const source = shared['source.json'] as Zoo['source'] | undefined;
  if (source) {
    source.tables.forEach((id, i) => {
      if (!tableFiles.includes(`${id}.json`)) {
        problems.push({
          rule: 'sourceListing',
          file: 'data/source.json',
          path: `tables[${i}]`,
          expected: `a table with a file data/tables/${id}.json`,
          found: 'no such file',
        });
      }
    });
    for (const name of tableFiles) {
      const id = name.replace(/\.json$/, '');
      if (!source.tables.includes(id)) {
        problems.push({
          rule: 'sourceListing',
          file: 'data/source.json',
          path: 'tables',
          expected: `every table file listed, in the upstream order`,
          found: `data/tables/${name} not listed`,
        });
      }
    }
  }

  // Cross-file checks need every file whole; run them only on a clean parse.
  if (problems.length > 0) return { ok: false, problems };
  const zoo: Zoo = {
    source: source as Zoo['source'],
    models: shared['models.json'] as Zoo['models'],
    datasets: shared['datasets.json'] as Zoo['datasets'],
    devices: shared['devices.json'] as Zoo['devices'],
    columns: shared['columns.json'] as Zoo['columns'],
    strategies: shared['strategies.json'] as Zoo['strategies'],
    urlPolicy: shared['url-policy.json'] as Zoo['urlPolicy'],
    errata: shared['errata.json'] as Zoo['errata'],
    legacyAnchors: shared['legacy-anchors.json'] as Zoo['legacyAnchors'],
    permalinks: shared['permalinks.json'] as Zoo['permalinks'],
    downloadChecks: shared['download-checks.json'] as Zoo['downloadChecks'],
    tables: (source as Zoo['source']).tables.map((id) => tables.get(id) as TableT),
  };
  const checked = runChecks(zoo);
  return checked.length > 0 ? { ok: false, problems: checked } : { ok: true, zoo };
}

/** Thrown where a caller cannot go on without a valid zoo (the Docusaurus plugin). */
export class ZooDataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The data in data/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
    this.name = 'ZooDataError';
  }
}
