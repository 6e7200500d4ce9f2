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

describe('schema problems', () => {
  it('reports a wrong type with what was found', () => {
    const copy = copyData();
    copy.edit('tables/prune-coco.json', (t) => {
      t.rows[1].inputSize = '608';
    });
    expect(problems(copy)).toEqual(['data/tables/prune-coco.json › rows[1].inputSize: expected a number, found "608"']);
  });

  it('rejects a figure stored as a JSON number, which would lose its trailing zeros', () => {
    const copy = copyData();
    copy.edit('tables/prune-coco.json', (t) => {
      t.rows[3].cells.size.value = 94.6;
    });
    expect(problems(copy)).toEqual([
      'data/tables/prune-coco.json › rows[3].cells.size.value: expected a decimal figure as a string, such as "94.60" (a JSON number would drop its trailing zeros), found the number 94.6',
    ]);
  });

  it('reports an unknown field by name', () => {
    const copy = copyData();
    copy.edit('tables/prune-voc.json', (t) => {
      t.rows[0].gflop = '20.20';
    });
    expect(problems(copy)).toEqual([
      'data/tables/prune-voc.json › rows[0].gflop: expected no field of this name (unknown fields are not allowed), found the field "gflop"',
    ]);
  });

  it('reports a missing field', () => {
    const copy = copyData();
    copy.edit('tables/quant-coco.json', (t) => {
      delete t.rows[2].model;
    });
    expect(problems(copy)).toEqual([
      'data/tables/quant-coco.json › rows[2].model: expected a string, found nothing (the field is missing)',
    ]);
  });

  it('reports malformed JSON with its line and column', () => {
    const copy = copyData();
    // drop the comma after the third line's value
    const text = copy
      .read('devices.json')
      .replace(
        '"label": { "en": "Tesla P4", "zh-Hans": "Tesla P4" },',
        '"label": { "en": "Tesla P4", "zh-Hans": "Tesla P4" }',
      );
    copy.write('devices.json', text);
    const [only, ...rest] = problems(copy);
    expect(rest).toEqual([]);
    expect(only).toMatch(/^data\/devices\.json › line 5, column 5: expected valid JSON, found "\\"kind\\": \\"gpu" \(/);
  });

  it('rejects an unsigned delta', () => {
    const copy = copyData();
    copy.edit('tables/prune-coco.json', (t) => {
      t.rows[6].cells.gflops.delta = '34.27%';
    });
    expect(problems(copy)).toEqual([
      'data/tables/prune-coco.json › rows[6].cells.gflops.delta: expected a signed delta such as "-16.06%" or "+0.7", or "-" for a published "(-)", found "34.27%"',
    ]);
  });

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

describe('cross-file problems', () => {
  it('reports a baseline that names no row, and a duplicate row id', () => {
    const copy = copyData();
    copy.edit('tables/distill-voc.json', (t) => {
      t.rows[3].baseline = 'distill-voc-mobilenetv1-baseline-609';
      t.rows[5].id = t.rows[4].id;
    });
    expect(problems(copy)).toEqual([
      'data/tables/distill-voc.json › rows[5].id: expected an id used nowhere else, found "distill-voc-mobilenetv1-l2-distiil-416", already used at data/tables/distill-voc.json › rows[4].id',
      'data/tables/distill-voc.json › rows[3].baseline: expected the id of an existing row, found "distill-voc-mobilenetv1-baseline-609"',
    ]);
  });

  it('reports a row that lacks a cell its table shows, and a dropped row against the upstream count', () => {
    const copy = copyData();
    copy.edit('tables/quant-widerface.json', (t) => {
      delete t.rows[1].cells['ap-hard'];
      t.rows.splice(4, 1); // BlazeFace-Lite post, quoted by no summary point
    });
    expect(problems(copy)).toEqual([
      'data/tables/quant-widerface.json › rows[1].cells.ap-hard: expected a figure, or null for an empty cell, found nothing (the cell is missing)',
      "data/source.json › counts.rows: expected 85, the upstream document's count, found 84 in data/tables",
      "data/source.json › counts.downloadLinks: expected 76, the upstream document's count, found 75 in data/tables",
      "data/source.json › counts.distinctDownloadUrls: expected 30, the upstream document's count, found 29 in data/tables",
    ]);
  });

  it('reports a summary point whose placeholders do not match its quotes', () => {
    const copy = copyData();
    copy.edit('tables/distill-coco.json', (t) => {
      t.summary[1].text.en = t.summary[1].text.en.replace('{1}', '608');
    });
    expect(problems(copy)).toEqual([
      'data/tables/distill-coco.json › summary[1].text.en: expected each of the placeholders {0} {1} exactly once, found {0}',
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
