import { describe, expect, it } from 'vitest';
import { loadZoo } from '../../src/data/load';
import { chartsFor } from '../../src/lib/charts';
import { paretoFront, variants } from '../../src/lib/variants';

const loaded = loadZoo();
if (!loaded.ok) throw new Error('data/ must be valid');
const zoo = loaded.zoo;

describe('variants', () => {
  it('joins a pruned model’s figures across tables: AP from the pruning table, latency from the latency table', () => {
    const v = variants(zoo).find((x) => x.key === 'mobilenetv1|voc|r578|-|416');
    expect(v?.values).toEqual({
      gflops: '2.88',
      size: '30.81',
      'box-ap': '77.7',
      'latency-tesla-p4': '5.478',
      'latency-kirin-970': '151.562',
      'latency-snapdragon-835': '146.014',
      'latency-snapdragon-855': '56.420',
    });
    expect(v?.rows.map((r) => r.row.id)).toEqual([
      'prune-voc-mobilenetv1-r578-416',
      'prune-latency-voc-mobilenetv1-r578-416',
    ]);
  });

  it('keeps a distilled model apart from the same architecture without a teacher', () => {
    const keys = variants(zoo).map((v) => v.key);
    expect(keys).toContain('mobilenetv1|coco|r578|-|608');
    expect(keys).toContain('mobilenetv1|coco|r578|resnet34|608');
  });

  it('counts one variant per set of weights', () => {
    // 85 rows, minus the rows that repeat a model another table already has
    const all = variants(zoo);
    expect(new Set(all.map((v) => v.key)).size).toBe(all.length);
    expect(all.reduce((n, v) => n + v.rows.length, 0)).toBe(85);
  });
});

describe('paretoFront', () => {
  it('keeps the points that nothing beats on both axes (lower x, higher y)', () => {
    const pts = [
      { x: 1, y: 1 },
      { x: 2, y: 3 },
      { x: 3, y: 2 },
      { x: 4, y: 4 },
      { x: 4, y: 4 },
    ];
    const front = paretoFront(
      pts,
      (p) => p.x,
      (p) => p.y,
    );
    expect(pts.map((p) => front.has(p))).toEqual([true, true, false, true, true]);
  });

  it('leaves out a model that is only as accurate as a cheaper one', () => {
    // Pascal VOC at 416: sensity 6.19 GFLOPs and distilled r578 2.88 GFLOPs, both 78.7 mAP
    const [sensity, distilled] = [
      { x: 6.19, y: 78.7 },
      { x: 2.88, y: 78.7 },
    ];
    const front = paretoFront(
      [sensity, distilled],
      (p) => p.x,
      (p) => p.y,
    );
    expect([front.has(sensity), front.has(distilled)]).toEqual([false, true]);
  });
});

describe('charts', () => {
  it('draws what the data allows: COCO has no phone latency, WIDER FACE no cost at all', () => {
    expect(chartsFor(zoo, 'coco').map((c) => c.x)).toEqual(['gflops', 'size', 'latency-tesla-p4']);
    expect(chartsFor(zoo, 'voc').map((c) => c.x)).toEqual([
      'gflops',
      'size',
      'latency-tesla-p4',
      'latency-kirin-970',
      'latency-snapdragon-835',
      'latency-snapdragon-855',
    ]);
    expect(chartsFor(zoo, 'widerface')).toEqual([]);
  });
});
