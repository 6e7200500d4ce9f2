/**
 * What each cell of a benchmark table prints, worked out once per table: the upstream tables'
 * own names, teachers, pretraining sets and links, in the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { rowViews } from '../../src/components/BenchmarkTable/rowView';
import { docusaurus } from '../doubles/state';

function viewOf(tableId: string, rowId: string) {
  const table = docusaurus.zoo.tables.find((t) => t.id === tableId);
  if (!table) throw new Error(`no table ${tableId}`);
  const view = rowViews(docusaurus.zoo, table, 'en').find((v) => v.row.id === rowId);
  if (!view) throw new Error(`no row ${rowId}`);
  return view;
}

describe('a row as its cells print it', () => {
  it("names the row's model in its header, and the whole row for the copy link", () => {
    const { fields } = viewOf('distill-coco', 'distill-coco-mobilenetv1-split-distiil-608');
    expect(fields.model).toMatchObject({ kind: 'rowHeader', model: 'MobileNetV1' });
    expect(fields.model).toMatchObject({ name: 'MobileNetV1 · split_distiil · 608' });
  });

  it("prints a teacher as upstream does, linked to the teacher's own row on its page", () => {
    // Upstream's COCO distillation table: "YOLOv3-ResNet34(36.2)", whose row is in the quantization tables.
    expect(viewOf('distill-coco', 'distill-coco-mobilenetv1-split-distiil-608').fields.teacher).toEqual({
      kind: 'teacher',
      text: 'YOLOv3-ResNet34(36.2)',
      to: '/quantization#quant-coco-resnet34-baseline-608',
    });
    // On Pascal VOC the zoo has no row of the teacher: its name, no link.
    expect(viewOf('distill-voc', 'distill-voc-mobilenetv1-l2-distiil-608').fields.teacher).toEqual({
      kind: 'teacher',
      text: 'YOLOv3-ResNet34(82.6)',
    });
  });

  it('prints the pretraining set where the table has that column', () => {
    expect(viewOf('quant-coco', 'quant-coco-mobilenetv1-baseline-608').fields.pretrained).toEqual({
      kind: 'text',
      text: 'ImageNet',
    });
  });

  it("gives a download its URL and the last check's result for it", () => {
    const { row, fields } = viewOf('prune-coco', 'prune-coco-mobilenetv1-r578-608');
    const url = row.download ?? '';
    expect(url).toMatch(/^https:\/\/paddlemodels\.bj\.bcebos\.com\/.+\.tar$/);
    // data/download-checks.json records no check yet: the link goes without one.
    expect(fields.download).toEqual({ kind: 'download', url, check: undefined });
    // Once `npm run check:downloads` has recorded one, the cell gets it.
    const check = {
      checkedAt: '2026-11-30T08:00:00.000Z',
      ok: false,
      status: 404,
      finalUrl: null,
      size: null,
      contentType: 'text/html',
      archive: null,
      problem: 'answered 404',
    };
    const zoo = { ...docusaurus.zoo, downloadChecks: { results: { [url]: check } } };
    const table = zoo.tables.find((t) => t.id === 'prune-coco');
    if (!table) throw new Error('no table prune-coco');
    const checked = rowViews(zoo, table, 'en').find((v) => v.row.id === row.id);
    expect(checked?.fields.download).toEqual({ kind: 'download', url, check });
  });

  it("prints the dataset where the table mixes them, and only the table's own columns", () => {
    // Upstream's latency table holds COCO and Pascal VOC rows, and gives no download.
    const { fields } = viewOf('prune-latency', 'prune-latency-voc-mobilenetv1-baseline-608');
    expect(fields.dataset).toEqual({ kind: 'text', text: 'Pascal VOC' });
    expect(fields.model).toMatchObject({ name: 'MobileNetV1 · Pascal VOC · baseline · 608' });
    expect(Object.keys(fields).sort()).toEqual(['dataset', 'inputSize', 'model', 'strategy']);
  });
});
