/**
 * Links that last: the manifest of every public page and anchor, the check
 * that guards it, and the command that records additions but never removals.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main as check } from '../../scripts/check';
import { main as permalinks } from '../../scripts/permalinks';
import { loadZoo } from '../../src/data/load';
import { formatProblem } from '../../src/data/problems';
import { readDoc } from '../../src/links/docs';
import { siteInventory } from '../../src/links/site';

const ROOT = path.resolve(__dirname, '../..');

/** A copy of the project's data and docs, where a test may rename things. */
function project() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zoo-links-'));
  for (const dir of ['data', 'docs', 'i18n/zh-Hans/docusaurus-plugin-content-docs']) {
    fs.cpSync(path.join(ROOT, dir), path.join(root, dir), { recursive: true });
  }
  const json = (file: string) => path.join(root, 'data', file);
  return {
    root,
    // biome-ignore lint/suspicious/noExplicitAny: tests reach into the JSON to change it
    edit(file: string, change: (j: any) => void) {
      const j = JSON.parse(fs.readFileSync(json(file), 'utf8'));
      change(j);
      fs.writeFileSync(json(file), JSON.stringify(j, null, 2));
    },
    read: (file: string) => JSON.parse(fs.readFileSync(json(file), 'utf8')),
  };
}

function run(fn: () => number) {
  const lines: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((l: string) => lines.push(l));
  vi.spyOn(console, 'log').mockImplementation((l: string) => lines.push(l));
  const code = fn();
  vi.restoreAllMocks();
  return { code, lines };
}

const RENAMED = 'prune-coco-mobilenetv1-r578-608';
const NEW_ID = 'prune-coco-yolov3-mobilenetv1-r578-608';

function renameRow(p: ReturnType<typeof project>) {
  p.edit('tables/prune-coco.json', (t) => {
    t.rows[9].id = NEW_ID;
    for (const point of t.summary) for (const q of point.quotes) if (q.row === RENAMED) q.row = NEW_ID;
  });
  p.edit('errata.json', (errata) => {
    for (const e of errata) if (e.target.row === RENAMED) e.target.row = NEW_ID;
  });
}

describe('reading the docs', () => {
  function read(text: string, name = 'a.mdx') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zoo-doc-'));
    fs.writeFileSync(path.join(dir, name), text);
    return readDoc(dir, name);
  }

  it('finds a page’s route, its explicit heading ids and the components that render anchors', () => {
    expect(
      read(
        '---\ntitle: A\n---\n\n# Title without id\n\n## One {/* #one */}\n\ntext {/* #not-a-heading */}\n\n### Two {/* #two */}\n\n<BenchmarkTable id="prune-voc" />\n<StrategyList technique="quantization" />\n',
      ),
    ).toEqual({
      file: 'a.mdx',
      route: '/a',
      headings: ['one', 'two'],
      tables: ['prune-voc'],
      strategies: ['quantization'],
      charts: [],
      errata: false,
    });
  });

  it('reads a prop however it is quoted, ordered or laid out, as MDX does', () => {
    const doc = read(
      [
        '---',
        "slug: '/b'",
        '---',
        '',
        "<BenchmarkTable id='prune-coco' />",
        '',
        '<BenchmarkTable',
        '  caption="x"',
        '  id={"prune-voc"}',
        '/>',
        '',
        '<TradeoffCharts',
        '  dataset={`coco`} />',
        '',
        'Math with braces stays math: $\\frac{a}{b}$.',
        '',
      ].join('\n'),
    );
    expect(doc.route).toBe('/b');
    // A "---" inside the front matter's text does not end it.
    expect(read('---\ntitle: A --- B\nslug: /c\n---\n\n## Here {/* #here */}\n').headings).toEqual(['here']);
    expect(doc.tables).toEqual(['prune-coco', 'prune-voc']);
    expect(doc.charts).toEqual(['coco']);
  });

  it('does not count what only looks like a component: a code example, a comment', () => {
    const doc = read(
      [
        '## Writing a table {/* #writing */}',
        '',
        '```mdx',
        '<BenchmarkTable id="prune-coco" />',
        '```',
        '',
        '{/* <BenchmarkTable id="prune-voc" /> */}',
        '',
      ].join('\n'),
    );
    expect(doc.headings).toEqual(['writing']);
    expect(doc.tables).toEqual([]);
  });
});

describe('the inventory of public anchors', () => {
  it('has every section, table, row, strategy and erratum, on the page that shows it', () => {
    const loaded = loadZoo();
    if (!loaded.ok) throw new Error('invalid data');
    const inv = siteInventory(loaded.zoo, ROOT);
    expect([...inv.keys()].sort()).toEqual([
      '/',
      '/charts',
      '/data-files',
      '/distillation',
      '/errata',
      '/finder',
      '/models',
      '/models/blazeface-lite-widerface',
      '/models/blazeface-nas-widerface',
      '/models/blazeface-widerface',
      '/models/mobilenetv1-coco',
      '/models/mobilenetv1-voc',
      '/models/r50vd-dcn-coco',
      '/models/resnet34-coco',
      '/models/resnet50-vd-dcn-coco',
      '/pruning',
      '/quantization',
      '/upstream',
    ]);
    expect(inv.get('/models/mobilenetv1-coco')).toEqual(new Set(['size-608', 'size-416', 'size-320']));
    expect(inv.get('/charts')?.has('chart-voc-latency-kirin-970')).toBe(true);
    const pruning = inv.get('/pruning');
    for (const id of [
      'pruning-coco',
      'prune-coco',
      RENAMED,
      'prune-latency-coco-resnet50-vd-dcn-r578-608',
      'strategy-sensity',
    ]) {
      expect(pruning?.has(id), id).toBe(true);
    }
    expect(inv.get('/errata')?.has('erratum-quant-widerface-blazeface-post-640-ap-medium')).toBe(true);
    expect(inv.get('/upstream')?.has('yolov3通道剪裁模型推理时延')).toBe(true);
  });
});

describe('npm run check guards the manifest', () => {
  it('passes on the project as committed', () => {
    expect(run(() => check()).code).toBe(0);
  });

  it('fails when a row is renamed without recording the move, and names the old id', () => {
    const p = project();
    renameRow(p);
    const { code, lines } = run(() => check(path.join(p.root, 'data')));
    expect(code).toBe(1);
    expect(lines).toContain(
      `data/permalinks.json › pages["/pruning"]: expected the anchor "${RENAMED}" on /pruning, or its move recorded in moved ("/pruning#${RENAMED}": "<new place>"), found no such anchor`,
    );
    expect(lines).toContain(
      `data/permalinks.json › pages["/pruning"]: expected every public anchor listed (run npm run permalinks), found "${NEW_ID}" not listed`,
    );
  });

  it('passes once the move is recorded with npm run permalinks -- --move', () => {
    const p = project();
    renameRow(p);
    const first = run(() => permalinks([], p.root));
    expect(first.code).toBe(1);
    expect(first.lines.join('\n')).toContain(`/pruning#${RENAMED}`);
    // nothing was removed: the old id is still listed
    expect(p.read('permalinks.json').pages['/pruning']).toContain(RENAMED);
    expect(p.read('permalinks.json').pages['/pruning']).toContain(NEW_ID);

    const moved = run(() => permalinks(['--move', `/pruning#${RENAMED}=/pruning#${NEW_ID}`], p.root));
    expect(moved.code).toBe(0);
    expect(p.read('permalinks.json').moved).toEqual({ [`/pruning#${RENAMED}`]: `/pruning#${NEW_ID}` });
    expect(run(() => check(path.join(p.root, 'data'))).code).toBe(0);
  });

  it('rejects a move to a place that does not exist, and a move of a place that still exists', () => {
    const p = project();
    p.edit('permalinks.json', (m) => {
      m.moved['/pruning#old-row'] = '/pruning#no-such-row';
      m.moved['/pruning#prune-coco'] = '/pruning#prune-voc';
    });
    const loaded = loadZoo(path.join(p.root, 'data'));
    if (!loaded.ok) throw new Error('invalid');
    const { code, lines } = run(() => check(path.join(p.root, 'data')));
    expect(code).toBe(1);
    expect(lines).toContain(
      'data/permalinks.json › moved["/pruning#old-row"]: expected a new place that exists, found "/pruning#no-such-row"',
    );
    expect(lines).toContain(
      'data/permalinks.json › moved["/pruning#prune-coco"]: expected an old place that no longer exists, found /pruning#prune-coco still exists',
    );
  });

  it('fails when the Chinese page loses a heading id the English page has', () => {
    const p = project();
    const zh = path.join(p.root, 'i18n/zh-Hans/docusaurus-plugin-content-docs/current/quantization.mdx');
    fs.writeFileSync(
      zh,
      fs.readFileSync(zh, 'utf8').replace('{/* #quantization-coco */}', '{/* #quantization-coco-zh */}'),
    );
    const { lines } = run(() => check(path.join(p.root, 'data')));
    expect(lines).toContain(
      'i18n/zh-Hans/docusaurus-plugin-content-docs/current/quantization.mdx › headings: expected the heading ids of docs/quantization.mdx, found missing quantization-coco; extra quantization-coco-zh',
    );
  });

  it('fails when an upstream GitHub anchor points nowhere', () => {
    const p = project();
    p.edit('legacy-anchors.json', (l) => {
      l.anchors['yolov3-on-coco-2'] = '/quantization#quantization-cocoa';
    });
    const loaded = loadZoo(path.join(p.root, 'data'));
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const { lines } = run(() => check(path.join(p.root, 'data')));
    expect(lines).toContain(
      'data/legacy-anchors.json › anchors.yolov3-on-coco-2: expected a place on this site that exists, found "/quantization#quantization-cocoa"',
    );
  });
});
