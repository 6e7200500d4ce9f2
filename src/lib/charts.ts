/** Which trade-off charts a dataset has, and their points: accuracy against a cost, where both are published. */
import type { Zoo } from '../data/schemas';
import { type Variant, variants } from './variants';

export interface ChartSpec {
  id: string;
  dataset: string;
  x: string;
  y: string;
}

export interface ChartPoint {
  variant: Variant;
  x: number;
  y: number;
}

const ACCURACY = 'box-ap';

/** Costs in the order readers meet them: compute, size, then latency on each device. */
function costs(zoo: Zoo): string[] {
  const metrics = Object.keys(zoo.columns.metrics);
  return ['gflops', 'size', ...metrics.filter((m) => zoo.columns.metrics[m]?.device)];
}

export function chartPoints(zoo: Zoo, spec: Pick<ChartSpec, 'dataset' | 'x' | 'y'>): ChartPoint[] {
  return variants(zoo).flatMap((v) => {
    const x = v.values[spec.x];
    const y = v.values[spec.y];
    return v.dataset === spec.dataset && x !== undefined && y !== undefined
      ? [{ variant: v, x: Number(x), y: Number(y) }]
      : [];
  });
}

export function chartsFor(zoo: Zoo, dataset: string): ChartSpec[] {
  return costs(zoo).flatMap((x) => {
    const spec = { id: `chart-${dataset}-${x}`, dataset, x, y: ACCURACY };
    return chartPoints(zoo, spec).length >= 2 ? [spec] : [];
  });
}

/** A point's kind on every chart: its strategy, and its teacher where it was distilled. */
export const categoryKey = (v: Variant): string => `${v.strategy}|${v.teacher ?? ''}`;

/**
 * Every kind of point the charts show, in one order for all of them: a kind keeps its colour and
 * shape from chart to chart and from dataset to dataset (r578 is the same mark on COCO's GFLOPs
 * chart as on Pascal VOC's Kirin 970 one, where it is the second kind shown, not the third).
 */
export function chartCategories(zoo: Zoo): string[] {
  const datasets = zoo.datasets.filter((d) => d.role === 'evaluation').map((d) => d.id);
  const keys = datasets.flatMap((dataset) =>
    chartsFor(zoo, dataset).flatMap((spec) => chartPoints(zoo, spec).map((p) => categoryKey(p.variant))),
  );
  return [...new Set(keys)];
}
