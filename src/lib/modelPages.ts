/** One page per model and dataset (YOLOv3-MobileNetV1 on COCO…), generated from the data. */
import type { Zoo } from '../data/schemas';
import { type Variant, variants } from './variants';

export interface ModelPageSpec {
  /** Path without locale: /models/mobilenetv1-coco */
  path: string;
  model: string;
  dataset: string;
  /** Input sizes, largest first; each is a section anchored `size-<px>`. */
  sizes: number[];
}

export const MODELS_PATH = '/models';

export function modelPages(zoo: Zoo): ModelPageSpec[] {
  const pairs = new Map<string, ModelPageSpec>();
  for (const v of variants(zoo)) {
    const key = `${v.model}-${v.dataset}`;
    const page = pairs.get(key) ?? { path: `${MODELS_PATH}/${key}`, model: v.model, dataset: v.dataset, sizes: [] };
    if (!page.sizes.includes(v.inputSize)) page.sizes.push(v.inputSize);
    pairs.set(key, page);
  }
  return [...pairs.values()].map((p) => ({ ...p, sizes: p.sizes.sort((a, b) => b - a) }));
}

/** The variants a model page shows at one input size: the baseline first, then in table order. */
export function variantsAt(zoo: Zoo, page: ModelPageSpec, size: number): Variant[] {
  const all = variants(zoo).filter((v) => v.model === page.model && v.dataset === page.dataset && v.inputSize === size);
  return [...all.filter((v) => v.strategy === 'baseline'), ...all.filter((v) => v.strategy !== 'baseline')];
}
