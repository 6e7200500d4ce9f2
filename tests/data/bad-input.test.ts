/**
 * A broken data file never yields a site: every problem in every file is
 * reported in one run, each as `data/<file> › <path>: expected …, found …`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { main } from '../../scripts/check';
import { loadZoo } from '../../src/data/load';
import { formatProblem, problemsFromZod } from '../../src/data/problems';
import zooDataPlugin from '../../src/plugins/zoo-data';
import { copyData, type DataCopy } from './helpers';

function problems(copy: DataCopy): string[] {
  const result = loadZoo(copy.dir);
  return result.ok ? [] : result.problems.map(formatProblem);
}

afterEach(() => {
  vi.restoreAllMocks();
});

// One fixture per kind of problem lives in tests/fixtures/bad-data (see rules.test.ts).
describe('many problems', () => {
  it('reports every problem in every file at once', () => {
    const copy = copyData();
    copy.edit('tables/prune-coco.json', (t) => {
      t.rows[1].inputSize = '608';
      delete t.rows[2].model;
    });
    copy.edit('tables/prune-voc.json', (t) => {
      t.rows[0].gflop = '20.20';
    });
    copy.write('models.json', '[{"id": "x",]');
    const found = problems(copy);
    expect(found).toHaveLength(4);
    expect(found.map((p) => p.split(':')[0])).toEqual([
      'data/models.json › line 1, column 13',
      'data/tables/prune-coco.json › rows[1].inputSize',
      'data/tables/prune-coco.json › rows[2].model',
      'data/tables/prune-voc.json › rows[0].gflop',
    ]);
  });
});

describe('files saved by other editors', () => {
  const BOM = '\uFEFF';

  it('reads a file that starts with a byte-order mark like the same file without one', () => {
    const copy = copyData();
    for (const file of ['devices.json', 'tables/prune-coco.json']) copy.write(file, BOM + copy.read(file));
    const plain = loadZoo();
    const marked = loadZoo(copy.dir);
    expect(marked.ok).toBe(true);
    expect(marked.ok && plain.ok && marked.zoo).toEqual(plain.ok && plain.zoo);
  });

  it('reports a syntax error after a byte-order mark at its own line, not at the end of the file', () => {
    const copy = copyData();
    const text = copy.read('devices.json');
    copy.write('devices.json', BOM + text.replace('"kind": "gpu",', '"kind": "gpu"'));
    const found = problems(copy);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^data\/devices\.json › line 6, column 5: expected valid JSON, found "\\"vendor\\": /);
  });
});

describe('what the hints after the problems are chosen by', () => {
  function checkOutput(copy: DataCopy): string[] {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => lines.push(line));
    main(copy.dir);
    return lines;
  }
  const ERRATA_HINT = '  A figure that upstream really prints wrong belongs in data/errata.json, with a note.';

  it('a disagreeing delta gets the errata hint', () => {
    const copy = copyData();
    copy.edit('tables/quant-widerface.json', (t) => {
      t.rows[4].cells['ap-easy'].delta = '-1.7';
    });
    expect(checkOutput(copy)).toContain(ERRATA_HINT);
  });

  it('a schema problem whose text starts like a delta message does not', () => {
    const copy = copyData();
    copy.edit('tables/quant-widerface.json', (t) => {
      t.rows[4].cells['ap-easy'].value = 'published';
    });
    const lines = checkOutput(copy);
    expect(lines.some((l) => l.includes('found "published"'))).toBe(true);
    expect(lines).not.toContain(ERRATA_HINT);
  });
});

describe('what stops a build', () => {
  it('npm run check exits non-zero and prints every problem and a count', () => {
    const copy = copyData();
    copy.edit('tables/prune-coco.json', (t) => {
      t.rows[1].inputSize = '608';
      t.rows[0].gflop = '1';
    });
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => lines.push(line));
    expect(main(copy.dir)).toBe(1);
    expect(lines.slice(0, 2)).toEqual([
      'data/tables/prune-coco.json › rows[0].gflop: expected no field of this name (unknown fields are not allowed), found the field "gflop"',
      'data/tables/prune-coco.json › rows[1].inputSize: expected a number, found "608"',
    ]);
    expect(lines[2]).toMatch(/^\n✗ 2 problems in data\/ \(\d+ ms\)\. Nothing was built or served\.$/);
  });

  it('npm run check exits zero on the real data', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(main()).toBe(0);
  });

  it('the Docusaurus plugin refuses to load a broken zoo, naming every problem', async () => {
    const copy = copyData();
    copy.edit('tables/prune-coco.json', (t) => {
      t.rows[1].inputSize = '608';
    });
    copy.write('strategies.json', '{');
    // the plugin reads <siteDir>/data; point siteDir at the copy's parent layout
    const fs = await import('node:fs');
    const path = await import('node:path');
    const site = fs.mkdtempSync(`${copy.dir}-site-`);
    fs.renameSync(copy.dir, path.join(site, 'data'));
    const plugin = zooDataPlugin({ siteDir: site } as never);
    await expect(plugin.loadContent?.()).rejects.toThrow(
      /data\/strategies\.json › line 1, column 2: expected valid JSON[^\n]*\ndata\/tables\/prune-coco\.json › rows\[1\]\.inputSize: expected a number, found "608"/,
    );
  });
});

describe('a union that names no expectation of its own', () => {
  // zod says only "Invalid input" of a value that fits no alternative; the problem names each.
  const Size = z.union([z.int().positive(), z.literal('auto')]);

  it('says what every alternative wanted, and what was found', () => {
    const result = Size.safeParse('big', { reportInput: true });
    expect(result.success).toBe(false);
    const found = problemsFromZod('data/x.json', result.error?.issues ?? []).map(formatProblem);
    expect(found).toEqual(['data/x.json › (top level): expected a number or one of "auto", found "big"']);
  });

  it('says an object "of another shape" where an alternative failed on a field inside the value, not what that field wanted', () => {
    const Target = z.union([z.string(), z.strictObject({ row: z.string() })]);
    const result = Target.safeParse({ row: 3 }, { reportInput: true });
    expect(result.success).toBe(false);
    const found = problemsFromZod('data/x.json', result.error?.issues ?? []).map(formatProblem);
    expect(found).toEqual([
      'data/x.json › (top level): expected a string or an object of another shape, found an object',
    ]);
  });
});
