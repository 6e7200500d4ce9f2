/**
 * The import on the kinds of table that went wrong in real documents, one small file a kind
 * (tests/fixtures/import): what it drafts, what it refuses and every note, asserted exactly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/import-markdown';
import { loadZoo } from '../../src/data/load';
import { auditMarkdown } from '../../src/markdown/audit';
import { importMarkdown } from '../../src/markdown/import';

const loaded = loadZoo();
if (!loaded.ok) throw new Error('data/ must be valid');
const zoo = loaded.zoo;
const dir = path.resolve(import.meta.dirname, '../fixtures/import');
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
/** Each drafted row as [id, strategy, inputSize, baseline, cells]. */
const rowsOf = (name: string) =>
  importMarkdown(read(name), zoo).drafts.map((d) =>
    d.table.rows.map((r) => [r.id, r.strategy, r.inputSize, r.baseline, r.cells]),
  );

describe('the import on the kinds of table real documents hold', () => {
  it('8. a table that is not a benchmark is skipped, with the reason; the benchmark beside it is drafted', () => {
    const { drafts, skipped } = importMarkdown(read('8-not-a-benchmark.md'), zoo);
    expect(skipped).toEqual([
      {
        line: 5,
        heading: 'Versions',
        reason: 'not a benchmark table: no column of measured figures (size, FLOPs, accuracy, latency) and no deltas',
        notes: [],
      },
    ]);
    expect(drafts.map((d) => d.table.id)).toEqual(['quant-coco']);
    expect(rowsOf('8-not-a-benchmark.md')).toEqual([
      [
        ['quant-coco-mobilenetv1-baseline-608', 'baseline', 608, undefined, { 'box-ap': { value: '29.3' } }],
        [
          'quant-coco-mobilenetv1-int8-608',
          'int8',
          608,
          'quant-coco-mobilenetv1-baseline-608',
          { 'box-ap': { value: '29.1', delta: '-0.2' } },
        ],
      ],
    ]);
  });

  it('9. a strategy word it does not know is a strategy, never a baseline, and the draft says so', () => {
    const [draft] = importMarkdown(read('9-unknown-strategy.md'), zoo).drafts;
    expect(draft?.table.technique).toBe('quantization');
    expect(rowsOf('9-unknown-strategy.md')[0]).toEqual([
      ['quant-coco-mobilenetv1-baseline-608', 'baseline', 608, undefined, { 'box-ap': { value: '29.3' } }],
      [
        'quant-coco-mobilenetv1-unknown-1-608',
        'unknown_1',
        608,
        'quant-coco-mobilenetv1-baseline-608',
        { 'box-ap': { value: '27.9', delta: '-1.4' } },
      ],
      [
        'quant-coco-mobilenetv1-unknown-2-608',
        'unknown_2',
        608,
        'quant-coco-mobilenetv1-baseline-608',
        { 'box-ap': { value: '28.5', delta: '-0.8' } },
      ],
      // No baseline at 416: none is invented.
      ['quant-coco-mobilenetv1-unknown-1-416', 'unknown_1', 416, null, { 'box-ap': { value: '27.0', delta: '-1.2' } }],
    ]);
    expect(draft?.notes).toEqual([
      {
        line: 8,
        text: 'strategy "普通在线量化" is a word the importer does not know; drafted as "unknown_1" (not a baseline): give it an id in data/strategies.json',
      },
      {
        line: 9,
        text: 'strategy "PACT在线量化" is a word the importer does not know; drafted as "unknown_2" (not a baseline): give it an id in data/strategies.json',
      },
      {
        line: 10,
        text: 'it prints deltas, but no baseline row has its model, dataset and input size; baseline left null',
      },
    ]);
  });

  it('10. a row with a multi-figure cell or an unreadable input size is refused with a note; an unreadable figure is null with a note', () => {
    const [draft] = importMarkdown(read('10-multi-figure-cells.md'), zoo).drafts;
    expect(rowsOf('10-multi-figure-cells.md')[0]).toEqual([
      [
        'prune-coco-resnet50-vd-dcn-baseline-608',
        'baseline',
        608,
        undefined,
        { 'box-ap': { value: '39.2' }, 'mask-ap': { value: '35.6' }, gflops: { value: '44.71' } },
      ],
      [
        'prune-coco-resnet50-vd-dcn-r578-608',
        'r578',
        608,
        'prune-coco-resnet50-vd-dcn-baseline-608',
        { 'box-ap': null, 'mask-ap': { value: '35.1', delta: '-0.5' }, gflops: { value: '29.98', delta: '-32.94%' } },
      ],
    ]);
    expect(draft?.rowLines).toEqual([7, 10]);
    expect(draft?.notes).toEqual([
      { line: 5, text: 'column "Mask AP" is not a metric data/columns.json knows; drafted as "mask-ap"' },
      {
        line: 8,
        text: '"35.9(+0.3)/36.0(+0.4)" under Mask AP holds several figures, and a column holds one figure a row: the row is left out (split the column, e.g. into box AP and mask AP, or Top-1 and Top-5)',
      },
      { line: 9, text: 'input size "608/416" is not one whole number: the row is left out' },
      { line: 10, text: 'Box AP: "not yet" is not a figure; left empty (null)' },
    ]);
  });

  it('11. a draft that fails the schema is not written, and its problems name the source file and line', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'zoo-import-'));
    const source = path.join(dir, '11-schema-failure.md');
    const lines: string[] = [];
    expect(main([source, '--out', out], (t) => lines.push(t))).toBe(1);
    expect(lines).toEqual([
      `${source}:5: the draft of "YOLOv3 on Pascal VOC" fails the table schema; nothing written:`,
      `  ${source}:8: rows[1].cells.box-ap.delta: expected a signed delta such as "-16.06%" or "+0.7", or "-" for a published "(-)", found "2.8"`,
      '1 tables imported, 1 failed the schema, 0 skipped.',
    ]);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('prints every note and every skipped table at its source line', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'zoo-import-'));
    const source = path.join(dir, '8-not-a-benchmark.md');
    const lines: string[] = [];
    expect(main([source, '--out', out], (t) => lines.push(t))).toBe(0);
    expect(lines).toEqual([
      `${path.join(out, 'quant-coco.json')}: 2 rows, from ${source}:12`,
      `  ${source}:15: strategy "int8" is not in data/strategies.json`,
      `${source}:5: "Versions" not drafted: not a benchmark table: no column of measured figures (size, FLOPs, accuracy, latency) and no deltas`,
      '1 tables imported, 0 failed the schema, 1 skipped.',
    ]);
  });
});

describe('the import on the audit’s kinds, and the audit on the import’s', () => {
  const kinds = path.resolve(import.meta.dirname, '../fixtures/audit/kinds');
  const draftOf = (name: string) => importMarkdown(fs.readFileSync(path.join(kinds, name), 'utf8'), zoo).drafts[0];

  it('1. "Model Size（MB）" is the size metric, not the model', () => {
    expect(draftOf('1-fullwidth-headers.md')?.table.columns.map((c) => ('field' in c ? c.field : c.metric))).toEqual([
      'model',
      'strategy',
      'size',
      'top-1',
    ]);
  });

  it('2. a footnote marker is not part of the strategy: "student" is the baseline', () => {
    expect(draftOf('2-footnote-in-method.md')?.table.rows.map((r) => [r.strategy, r.baseline ?? 'none'])).toEqual([
      ['baseline', 'none'],
      ['kd', 'distill-tiny-baseline-1'],
      ['baseline', 'none'],
      ['kd', 'distill-small-baseline-1'],
    ]);
  });

  it('a model name linked to its config is the model; the download column gives the download', () => {
    const draft = draftOf('extra-linked-model-names.md');
    expect(draft?.table.columns.map((c) => ('field' in c ? c.field : c.metric))).toEqual([
      'model',
      'strategy',
      'teacher',
      'box-ap',
      'download',
    ]);
    expect(draft?.table.rows.map((r) => [r.model, r.download])).toEqual([
      ['yolov3-mv1', 'https://example.com/mv1.tar'],
      ['yolov3-mv1', 'https://example.com/mv1_q.tar'],
      ['yolov3-r34', 'https://example.com/r34.tar'],
      ['yolov3-r34', 'https://example.com/r34_q.tar'],
    ]);
  });

  it('4. a change without its figure is drafted as null, with a note', () => {
    const draft = draftOf('4-change-without-figure.md');
    expect(draft?.table.rows[1]?.cells.latency).toBeNull();
    expect(draft?.notes).toContainEqual({
      line: 8,
      text: 'Latency (ms) prints a change without its figure ("-37%"); left empty (null)',
    });
  });

  it('8, 9. the audit passes over a table that is not a benchmark, and checks rows whose strategy it does not know', () => {
    expect(auditMarkdown(read('8-not-a-benchmark.md')).findings.map((f) => [f.line, f.verdict])).toEqual([
      [15, 'agrees'],
    ]);
    expect(
      auditMarkdown(read('9-unknown-strategy.md')).findings.map((f) => [f.line, f.published, f.verdict, f.reason]),
    ).toEqual([
      [8, '-1.4', 'agrees', null],
      [9, '-0.8', 'agrees', null],
      [10, '-1.2', 'not-checked', 'no baseline'],
    ]);
  });
});

/** Cases a review of the import found, each a small table written for it. */
describe('the import on what a review tried', () => {
  const draft = (md: string) => importMarkdown(`# Quantization\n\n## T\n\n${md}\n`, zoo).drafts[0];

  it('keeps datasets it does not know apart: each row meets the baseline of its own dataset, or none', () => {
    const d = draft(
      [
        '| Model | Dataset | Strategy | Input size | mIoU |',
        '| - | - | - | - | - |',
        '| DeepLabV3 | Cityscapes | baseline | 512 | 79.3 |',
        '| DeepLabV3 | ADE20K | int8 | 512 | 40.1(-0.5) |',
      ].join('\n'),
    );
    // undefined: a baseline row; null: no baseline found (none invented from Cityscapes)
    expect(d?.table.rows.map((r) => [r.dataset, r.baseline])).toEqual([
      ['cityscapes', undefined],
      ['ade20k', null],
    ]);
    expect(d?.notes).toContainEqual({ line: 7, text: 'dataset "Cityscapes" is not in data/datasets.json' });
  });

  it('joins a second column that names the model into the model, and matches baselines on both', () => {
    const d = draft(
      [
        '| Model | Backbone | Strategy | Input size | Box AP | Model GFLOPs |',
        '| - | - | - | - | - | - |',
        '| YOLOv3 | ResNet50-vd-dcn | baseline | 608 | 39.1 | 44.71 |',
        '| YOLOv3 | MobileNetV1 | baseline | 608 | 29.3 | 20.64 |',
        '| YOLOv3 | MobileNetV1 | int8 | 608 | 29.1(-0.2) | 20.64 |',
      ].join('\n'),
    );
    expect(d?.table.columns.map((c) => ('field' in c ? c.field : c.metric))).toEqual([
      'model',
      'strategy',
      'inputSize',
      'box-ap',
      'model-gflops',
    ]);
    expect(d?.table.rows.map((r) => [r.model, r.baseline ?? 'none', r.cells['model-gflops']?.value])).toEqual([
      // "YOLOv3" and "MobileNetV1" together are data/'s YOLOv3-MobileNetV1
      ['resnet50-vd-dcn', 'none', '44.71'],
      ['mobilenetv1', 'none', '20.64'],
      ['mobilenetv1', 'quant-mobilenetv1-baseline-608', '20.64'],
    ]);
  });

  it('stores a percentage figure’s "%" delta as points, and a drop column’s deltas as changes', () => {
    const d = draft(
      [
        '| Model | Method | Input size | Top-1 | Top-1 (drop) |',
        '| - | - | - | - | - |',
        '| A | baseline | 224 | 70.99% | 70.99 |',
        '| A | int8 | 224 | 70.10%(-0.89%) | 70.10 (0.89) |',
      ].join('\n'),
    );
    expect(d?.table.rows[1]?.cells).toEqual({
      'top-1': { value: '70.10', delta: '-0.89' },
      'top-1-2': { value: '70.10', delta: '-0.89' },
    });
    expect(d?.notes).toContainEqual({
      line: 5,
      text: 'column "Top-1 (drop)" publishes drops (baseline − value); its deltas are drafted as changes',
    });
  });
});
