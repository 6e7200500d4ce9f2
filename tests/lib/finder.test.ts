import { describe, expect, it } from 'vitest';
import { loadZoo } from '../../src/data/load';
import { findModels, limitsSet, parseBudget, writeBudget } from '../../src/lib/finder';
import { modelPages, variantsAt } from '../../src/lib/modelPages';

const loaded = loadZoo();
if (!loaded.ok) throw new Error('data/ must be valid');
const zoo = loaded.zoo;

describe('the finder', () => {
  it('keeps the budget in the URL and reads it back', () => {
    const budget = {
      dataset: 'voc',
      accuracy: 'box-ap',
      minAccuracy: 76,
      maxGflops: 10,
      device: 'kirin-970',
      maxLatency: 200,
    };
    expect(parseBudget(writeBudget(budget), zoo)).toEqual(budget);
    expect(parseBudget('?dataset=mars&accuracy=ap-hard', zoo)).toEqual({ dataset: 'coco', accuracy: 'box-ap' });
  });

  it('finds the VOC models under 150 ms on a Kirin 970: only those with a published latency', () => {
    const found = findModels(zoo, { dataset: 'voc', accuracy: 'box-ap', device: 'kirin-970', maxLatency: 150 });
    // 91.132 ms (r578, 320) is the only Kirin 970 figure under 150 ms
    expect(found.map((v) => v.key)).toEqual(['mobilenetv1|voc|r578|-|320']);
  });

  it('applies a latency limit once the budget names its device, and not before', () => {
    const all = findModels(zoo, { dataset: 'voc', accuracy: 'box-ap' });
    // a reader who types the limit first still sees every VOC model, not none
    expect(findModels(zoo, { dataset: 'voc', accuracy: 'box-ap', maxLatency: 150 })).toEqual(all);
    expect(all.length).toBeGreaterThan(1);
    // choosing the device alone limits nothing either (the page then shows its latency column)
    expect(findModels(zoo, { dataset: 'voc', accuracy: 'box-ap', device: 'kirin-970' })).toEqual(all);
  });

  it('tells a budget with limits from one that only chooses', () => {
    expect(limitsSet({ dataset: 'voc', accuracy: 'box-ap', device: 'kirin-970' })).toBe(false);
    expect(limitsSet({ dataset: 'voc', accuracy: 'box-ap', maxSize: 0 })).toBe(true);
  });

  it('ranks the most accurate first', () => {
    const found = findModels(zoo, { dataset: 'widerface', accuracy: 'ap-hard', minAccuracy: 77 });
    expect(found.map((v) => [v.model, v.strategy, v.values['ap-hard']])).toEqual([
      ['blazeface', 'baseline', '79.7'],
      ['blazeface-lite', 'baseline', '78.1'],
      ['blazeface', 'aware', '77.6'],
      ['blazeface-lite', 'aware', '77.0'],
    ]);
  });
});

describe('model pages', () => {
  it('one per model and dataset, with the baseline first at each input size', () => {
    expect(modelPages(zoo).map((p) => p.path)).toEqual([
      '/models/resnet50-vd-dcn-coco',
      '/models/mobilenetv1-coco',
      '/models/mobilenetv1-voc',
      '/models/resnet34-coco',
      '/models/r50vd-dcn-coco',
      '/models/blazeface-widerface',
      '/models/blazeface-lite-widerface',
      '/models/blazeface-nas-widerface',
    ]);
    const page = modelPages(zoo).find((p) => p.path === '/models/mobilenetv1-coco');
    expect(page?.sizes).toEqual([608, 416, 320]);
    const at416 = variantsAt(zoo, page as NonNullable<typeof page>, 416).map((v) => v.key);
    expect(at416).toEqual([
      'mobilenetv1|coco|baseline|-|416',
      'mobilenetv1|coco|sensity|-|416',
      'mobilenetv1|coco|r578|-|416',
      'mobilenetv1|coco|r578|resnet34|416',
      'mobilenetv1|coco|split_distiil|resnet34|416',
      'mobilenetv1|coco|post|-|416',
      'mobilenetv1|coco|aware|-|416',
    ]);
  });
});
