/**
 * Every rule of `npm run check`, on both sides: the real data passes it, and a
 * fixture in tests/fixtures/bad-data breaks it with the exact message a
 * contributor will read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/data/checks';
import { makeContext } from '../../src/data/checks/context';
import { loadZoo } from '../../src/data/load';
import { formatProblem, type Rule } from '../../src/data/problems';
import { copyData } from './helpers';

interface Edit {
  file: string;
  path?: (string | number)[];
  set?: unknown;
  delete?: boolean;
  replace?: [string, string];
}
interface Fixture {
  /** The rule every expected problem carries, or "all" with one rule per problem in `rules`. */
  rule: Rule | 'all';
  rules?: Rule[];
  what: string;
  edits: Edit[];
  expected: string[];
}

const DIR = path.join(__dirname, '../fixtures/bad-data');
const fixtures = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Fixture] as const);

function apply(edits: Edit[]) {
  const copy = copyData();
  for (const edit of edits) {
    if (edit.replace) {
      const text = copy.read(edit.file);
      if (!text.includes(edit.replace[0])) throw new Error(`fixture text not found in ${edit.file}`);
      copy.write(edit.file, text.replace(edit.replace[0], edit.replace[1]));
      continue;
    }
    copy.edit(edit.file, (json) => {
      const keys = edit.path ?? [];
      const parent = keys.slice(0, -1).reduce((node, key) => node[key], json);
      const last = keys.at(-1) as string | number;
      if (edit.delete) {
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete parent[last];
      } else parent[last] = edit.set;
    });
  }
  return copy;
}

/** "(*)" at the end of an expected line stands for the JSON parser's own words, which differ between Node versions. */
function matches(found: string, expected: string): boolean {
  return expected.endsWith('(*)') ? found.startsWith(expected.slice(0, -2)) && found.endsWith(')') : found === expected;
}

describe('each fixture breaks its rule with the exact message', () => {
  it.each(fixtures)('%s', (_name, fixture) => {
    const result = loadZoo(apply(fixture.edits).dir);
    const found = result.ok ? [] : result.problems.map(formatProblem);
    expect(found, found.join('\n')).toHaveLength(fixture.expected.length);
    fixture.expected.forEach((line, i) => {
      expect(matches(found[i] ?? '', line), `${found[i]}\n  does not match\n${line}`).toBe(true);
    });
    // Each problem names the rule that found it, as a field: what the tools decide by.
    const rules = fixture.rules ?? fixture.expected.map(() => fixture.rule);
    expect(result.ok ? [] : result.problems.map((p) => p.rule)).toEqual(rules);
  });
});

describe('each rule passes on the real data', () => {
  const result = loadZoo();
  if (!result.ok) throw new Error('data/ must be valid');
  const ctx = makeContext(result.zoo);
  it.each(Object.entries(CHECKS))('%s', (_name, check) => {
    expect(check(ctx)).toEqual([]);
  });

  it('has a failing fixture for every rule', () => {
    const covered = new Set(fixtures.map(([, f]) => f.rule));
    for (const rule of Object.keys(CHECKS)) expect(covered, `no fixture breaks ${rule}`).toContain(rule);
    for (const rule of ['json', 'duplicateKey', 'schema']) expect(covered).toContain(rule);
  });
});
