/**
 * A broken data file never yields a site: every problem in every file is
 * reported in one run, each as `data/<file> › <path>: expected …, found …`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/check';
import { loadZoo } from '../../src/data/load';
import { formatProblem } from '../../src/data/problems';
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
