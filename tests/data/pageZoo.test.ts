import { describe, expect, it } from 'vitest';
import { loadZoo } from '../../src/data/load';
import { pageData } from '../../src/data/pageZoo';
import type { Zoo } from '../../src/data/schemas';
import { verify } from '../../src/data/verify';

const loaded = loadZoo();
if (!loaded.ok) throw new Error('data/ must be valid');
const zoo: Zoo = loaded.zoo;
const rowIds = (z: Zoo) => z.tables.flatMap((t) => t.rows.map((r) => r.id));

describe('the data a page carries', () => {
  const { zoo: pruning, proofs } = pageData(zoo, 'page-pruning', (t) => t.page === 'pruning');

  it('holds the page’s tables whole, with their summaries', () => {
    for (const table of zoo.tables.filter((t) => t.page === 'pruning')) {
      expect(pruning.tables.find((t) => t.id === table.id)).toEqual(table);
    }
  });

  it('adds only the rows the page points at elsewhere: the teachers its distilled rows link to', () => {
    const elsewhere = pruning.tables.filter((t) => t.page !== 'pruning');
    // YOLOv3-ResNet34 at each input size teaches distilled pruned COCO models (its rows are on the quantization page)
    expect(elsewhere.map((t) => [t.id, t.rows.map((r) => r.id), t.summary])).toEqual([
      [
        'quant-coco',
        ['quant-coco-resnet34-baseline-608', 'quant-coco-resnet34-baseline-416', 'quant-coco-resnet34-baseline-320'],
        [],
      ],
    ]);
    const own = zoo.tables.filter((t) => t.page === 'pruning').flatMap((t) => t.rows);
    expect(rowIds(pruning)).toHaveLength(own.length + 3);
  });

  it('carries the verification of exactly its own rows, as computed from the whole zoo', () => {
    const own = new Set(zoo.tables.filter((t) => t.page === 'pruning').flatMap((t) => t.rows.map((r) => r.id)));
    const ownTables = new Set(zoo.tables.filter((t) => t.page === 'pruning').map((t) => t.id));
    const records = verify(zoo).filter((r) => (r.kind === 'delta' ? own.has(r.row) : ownTables.has(r.table)));
    const explained = records.filter((r) => r.verdict !== undefined);
    // every delta on the page, and the deltas its summaries quote
    const deltas = zoo.tables
      .filter((t) => t.page === 'pruning')
      .flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells).filter((c) => c?.delta && c.delta !== '-')));
    expect(explained.filter((r) => r.kind === 'delta')).toHaveLength(deltas.length);
    expect(explained.some((r) => r.kind === 'claim')).toBe(true);
    // The page's data: each explained figure's outcome, and the errata in full (their marks print them)…
    expect(pruning.outcomes).toEqual(Object.fromEntries(explained.map((r) => [r.id, r.outcome])));
    expect(pruning.errataRecords).toEqual(records.filter((r) => r.erratum));
    expect(pruning.errataRecords.length).toBeGreaterThan(0);
    // …and beside it, in the file it names, fetched when an explanation opens, every other proof.
    expect(pruning.proofs).toBe('page-pruning');
    expect(proofs).toEqual(explained.filter((r) => !r.erratum));
  });

  it('leaves the upstream document’s anchors to the page that asks for them (/upstream)', () => {
    expect(pruning.legacyAnchors.anchors).toEqual({});
    const whole = pageData(zoo, 'zoo', undefined, { records: 'errata', legacyAnchors: true }).zoo;
    expect(pageData(zoo, 'all').zoo.legacyAnchors.anchors).toEqual({});
    expect(whole.legacyAnchors).toEqual(zoo.legacyAnchors);
    expect(Object.keys(whole.legacyAnchors.anchors).length).toBeGreaterThan(5);
  });

  it('carries the errata of what it shows: its cells and its summaries’ quotes', () => {
    expect(pruning.errata.map((e) => e.id)).toEqual(
      zoo.errata
        .filter((e) => ('row' in e.target ? e.target.row.match(/^(distill-)?prune-/) : e.target.table === 'prune-coco'))
        .map((e) => e.id),
    );
    expect(pageData(zoo, 'page-distillation', (t) => t.page === 'distillation').zoo.errata).toEqual([]);
  });

  it('keeps only the moves of the permalink manifest', () => {
    expect(pruning.permalinks).toEqual({ pages: {}, moved: zoo.permalinks.moved });
  });

  it('leaves the models’ descriptions to the page that lists the models (the zoo page)', () => {
    expect(pruning.models.map((m) => m.description)).toEqual(zoo.models.map(() => ({ en: '', 'zh-Hans': '' })));
    // the names the tables print stay
    expect(pruning.models.map((m) => [m.id, m.name, m.label])).toEqual(zoo.models.map((m) => [m.id, m.name, m.label]));
    const listing = pageData(zoo, 'zoo', undefined, { records: 'errata', modelDescriptions: true });
    expect(listing.zoo.models).toEqual(zoo.models);
  });

  it('leaves the provenance and the test environment to the overview, which prints them', () => {
    expect(pruning.source.testEnvironment).toEqual([]);
    expect(pruning.source.tables).toEqual([]);
    expect([pruning.source.repository, pruning.source.commit, pruning.source.url]).toEqual(['', '', '']);
    // the links UpstreamLink reads stay, with their labels
    expect(pruning.source.links).toEqual(zoo.source.links);
    const overview = pageData(zoo, 'overview', () => false, { records: 'errata', tables: 'none', provenance: true });
    expect(overview.zoo.source).toEqual(zoo.source);
    expect(overview.zoo.source.testEnvironment.length).toBeGreaterThan(0);
  });

  it('describes only the strategies of its rows and of its tables’ techniques', () => {
    const ids = (z: Zoo) => z.strategies.strategies.map((s) => s.id);
    // pruning's two; not quantization's, although a quantization table lends the distilled rows their teacher
    expect(ids(pruning)).toEqual(['baseline', 'sensity', 'r578']);
    expect(pruning.strategies.prunedParams).toEqual(zoo.strategies.prunedParams);
    const quantization = pageData(zoo, 'page-quantization', (t) => t.page === 'quantization').zoo;
    expect(ids(quantization)).toEqual(['baseline', 'post', 'aware']);
    const distillation = pageData(zoo, 'page-distillation', (t) => t.page === 'distillation').zoo;
    expect(ids(distillation)).toEqual(['baseline', 'split_distiil', 'l2_distiil']);
    expect(quantization.strategies.prunedParams).toEqual([]);
    expect(ids(pageData(zoo, 'zoo', undefined, { records: 'errata' }).zoo)).toEqual(ids(zoo));
  });

  it('describes only the datasets and metrics its tables name', () => {
    const ids = (z: Zoo) => [z.datasets.map((d) => d.id), Object.keys(z.columns.metrics)];
    // COCO and VOC, and the ImageNet the rows were pretrained on; no WIDER FACE, nor its three APs
    const [datasets, metrics] = ids(pruning);
    expect(datasets).toEqual(['coco', 'voc', 'imagenet']);
    expect(metrics).toContain('latency-kirin-970');
    expect(metrics).not.toContain('ap-easy');
    const [quantDatasets, quantMetrics] = ids(pageData(zoo, 'page-quantization', (t) => t.page === 'quantization').zoo);
    expect(quantDatasets).toContain('widerface');
    expect(quantMetrics).toContain('ap-easy');
    // a page about the whole zoo keeps every one
    expect(ids(pageData(zoo, 'zoo', undefined, { records: 'errata' }).zoo)).toEqual(ids(zoo));
  });

  it('carries no URL policy: the build judges the URLs, the browser does not', () => {
    for (const page of [pruning, pageData(zoo, 'all').zoo]) {
      expect(page.urlPolicy).toEqual({ downloadHosts: [], linkHosts: [], archiveExtensions: [] });
    }
  });

  it('is the whole zoo for a page about the whole zoo', () => {
    const all = pageData(zoo, 'all');
    expect(all.zoo.tables).toEqual(zoo.tables);
    expect(all.zoo.errataRecords).toEqual(verify(zoo).filter((r) => r.erratum));
    expect([...all.zoo.errataRecords, ...all.proofs].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      verify(zoo)
        .filter((r) => r.verdict || r.erratum)
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('carries only the errata’s records for a page that shows no table of deltas', () => {
    const { zoo: page, proofs } = pageData(zoo, 'zoo', undefined, { records: 'errata' });
    expect(page.errataRecords.map((r) => r.erratum).sort()).toEqual(zoo.errata.map((e) => e.id).sort());
    expect(Object.keys(page.outcomes).sort()).toEqual(
      page.errataRecords
        .filter((r) => r.verdict)
        .map((r) => r.id)
        .sort(),
    );
    // its data holds every record it explains: it has no proofs file to fetch
    expect(proofs).toEqual([]);
  });

  it('built in one locale, carries its text in that locale only, but the names a view’s CSV writes in both', () => {
    const cjk = /[\u3400-\u9fff]/;
    /** Every string in the value, with the path of keys that leads to it. */
    const strings = (value: unknown, path: string[] = []): [string[], string][] =>
      typeof value === 'string'
        ? [[path, value]]
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]))
          : [];
    // A table's upstream heading is a fact of the source, in its language, not a label to translate.
    const both = (path: string[]) =>
      (path[0] === 'datasets' && path[2] === 'label') || path.includes('short') || path.includes('upstreamHeading');
    const en = pageData(zoo, 'page-pruning', (t) => t.page === 'pruning', { locale: 'en' }).zoo;
    const chinese = strings(en).filter(([, text]) => cjk.test(text));
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.filter(([path]) => !both(path))).toEqual([]);
    // the Chinese build: a summary point reads in Chinese under either key, and datasets keep their English name
    const zh = pageData(zoo, 'page-pruning', (t) => t.page === 'pruning', { locale: 'zh-Hans' }).zoo;
    const point = (z: Zoo) => z.tables.find((t) => t.id === 'prune-coco')?.summary[0]?.text;
    expect(point(zh)).toEqual({ en: point(zoo)?.['zh-Hans'], 'zh-Hans': point(zoo)?.['zh-Hans'] });
    const source = (id: string) => zoo.datasets.find((d) => d.id === id);
    expect(zh.datasets.length).toBeGreaterThan(1);
    expect(zh.datasets.map((d) => d.label)).toEqual(zh.datasets.map((d) => source(d.id)?.label));
    // a dataset's description (the note under a table) is read in the page's language only
    expect(zh.datasets.map((d) => d.description.en)).toEqual(
      zh.datasets.map((d) => source(d.id)?.description['zh-Hans']),
    );
    // nothing else changes: the figures, the rows and the records are the page's in any locale
    const plain = pageData(zoo, 'page-pruning', (t) => t.page === 'pruning').zoo;
    const figures = (z: Zoo) => z.tables.flatMap((t) => t.rows.map((r) => [r.id, r.cells]));
    expect(figures(zh)).toEqual(figures(plain));
    expect(zh.outcomes).toEqual(plain.outcomes);
  });
});
