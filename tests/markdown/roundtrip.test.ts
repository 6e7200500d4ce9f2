/**
 * Our tables survive a trip through markdown: exported in either language, then imported, every
 * row comes back with the same figures, deltas, download URL and baseline. And import makes
 * schema-valid drafts from markdown it has never seen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadZoo } from '../../src/data/load';
import { Table, type Zoo } from '../../src/data/schemas';
import { zooMarkdown } from '../../src/markdown/export';
import { importMarkdown } from '../../src/markdown/import';
import { facts } from './facts';

const loaded = loadZoo();
if (!loaded.ok) throw new Error('data/ must be valid');
const zoo: Zoo = loaded.zoo;

describe('export, then import', () => {
  it.each(['zh-Hans', 'en'] as const)('in %s gives back every figure, delta, URL and baseline', (locale) => {
    const { drafts, skipped } = importMarkdown(zooMarkdown(zoo, locale), zoo);
    expect(skipped).toEqual([]);
    expect(drafts.map((d) => d.table.rows.length)).toEqual(zoo.tables.map((t) => t.rows.length));
    drafts.forEach((draft, i) => {
      expect(Table.safeParse(draft.table).success).toBe(true);
      expect(facts(draft.table)).toEqual(facts(zoo.tables[i] as Table));
    });
  });

  it('derives the same table ids from the Chinese export as data/ uses', () => {
    const ids = importMarkdown(zooMarkdown(zoo, 'zh-Hans'), zoo).drafts.map((d) => d.table.id);
    // The latency table mixes datasets, so it gets the bare prefix; every other id matches.
    expect(ids).toEqual(zoo.tables.map((t) => (t.id === 'prune-latency' ? 'prune' : t.id)));
  });
});

describe('import of a table it has never seen', () => {
  const markdown = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/audit/conventions.md'), 'utf8');
  const { drafts } = importMarkdown(markdown, zoo);

  it('makes schema-valid drafts with ids from the cells, labels from the headers and baselines filled in', () => {
    const [quant] = drafts;
    if (!quant) throw new Error('no draft');
    expect(Table.safeParse(quant.table).success).toBe(true);
    // Two datasets in one table: the id is the technique's prefix alone.
    expect(quant.table.id).toBe('quant');
    expect(quant.table.columns).toEqual([
      { field: 'model', label: { en: 'Model', 'zh-Hans': 'Model' } },
      { field: 'dataset', label: { en: 'Dataset', 'zh-Hans': 'Dataset' } },
      { field: 'inputSize', label: { en: 'Input size', 'zh-Hans': 'Input size' } },
      { field: 'strategy', label: { en: 'Quantization', 'zh-Hans': 'Quantization' } },
      { metric: 'map', label: { en: 'mAP', 'zh-Hans': 'mAP' } },
    ]);
    expect(quant.table.rows.map((r) => [r.id, r.dataset, r.baseline, r.cells.map])).toEqual([
      // A "-" in the strategy column becomes the strategy "baseline".
      ['quant-yolo-coco-baseline-608', 'coco', undefined, { value: '30.0' }],
      ['quant-yolo-coco-int8-608', 'coco', 'quant-yolo-coco-baseline-608', { value: '29.5', delta: '-0.5' }],
      ['quant-yolo-coco-baseline-416', 'coco', undefined, { value: '28.0' }],
      ['quant-yolo-coco-int8-416', 'coco', 'quant-yolo-coco-baseline-416', { value: '27.0', delta: '-0.5' }],
      ['quant-yolo-voc-baseline-608', 'voc', undefined, { value: '76.0' }],
      ['quant-yolo-voc-int8-608', 'voc', 'quant-yolo-voc-baseline-608', { value: '75.9', delta: '-0.1' }],
    ]);
  });

  it('says what a maintainer must complete', () => {
    expect(drafts[0]?.notes).toContainEqual({ line: 7, text: 'model "YOLO" is not in data/models.json' });
    expect(drafts[1]?.notes).toContainEqual({
      line: 18,
      text: 'no dataset named in the row, the heading or the text above',
    });
  });
});
