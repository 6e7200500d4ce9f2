/**
 * The finder: which models fit a budget. A budget names a dataset, the
 * accuracy metric, and optional limits; a model fits when every limited figure
 * is published and within its limit. Best first: the most accurate. A latency
 * limit is for one device: until the budget names the device, it limits nothing.
 */
import type { Zoo } from '../data/schemas';
import { type Variant, variants } from './variants';

export interface Budget {
  dataset: string;
  accuracy: string;
  minAccuracy?: number;
  maxGflops?: number;
  maxSize?: number;
  device?: string;
  maxLatency?: number;
}

/** The budget's limits; the dataset, the metric and the device choose what they apply to. */
export const LIMITS = ['minAccuracy', 'maxGflops', 'maxSize', 'maxLatency'] as const;
export type Limit = (typeof LIMITS)[number];

/** Whether the budget sets any limit. */
export function limitsSet(b: Budget): boolean {
  return LIMITS.some((k) => b[k] !== undefined);
}

const num = (s: string | null) => (s === null || s.trim() === '' || Number.isNaN(Number(s)) ? undefined : Number(s));

export function parseBudget(search: string, zoo: Zoo): Budget {
  const p = new URLSearchParams(search);
  const datasets = zoo.datasets.filter((d) => d.role === 'evaluation').map((d) => d.id);
  const dataset = datasets.includes(p.get('dataset') ?? '') ? (p.get('dataset') as string) : 'coco';
  const metrics = accuracyMetrics(zoo, dataset);
  const accuracy = metrics.includes(p.get('accuracy') ?? '') ? (p.get('accuracy') as string) : (metrics[0] ?? 'box-ap');
  const devices = zoo.devices.map((d) => d.id);
  const device = p.get('device');
  return {
    dataset,
    accuracy,
    ...(num(p.get('minAccuracy')) !== undefined ? { minAccuracy: num(p.get('minAccuracy')) } : {}),
    ...(num(p.get('maxGflops')) !== undefined ? { maxGflops: num(p.get('maxGflops')) } : {}),
    ...(num(p.get('maxSize')) !== undefined ? { maxSize: num(p.get('maxSize')) } : {}),
    ...(device && devices.includes(device) ? { device } : {}),
    ...(num(p.get('maxLatency')) !== undefined ? { maxLatency: num(p.get('maxLatency')) } : {}),
  };
}

export function writeBudget(b: Budget): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(b)) if (v !== undefined && v !== '') p.set(k, String(v));
  return `?${p.toString()}`;
}

/** The accuracy metrics a dataset's tables publish (Box AP; the three WIDER FACE subsets). */
export function accuracyMetrics(zoo: Zoo, dataset: string): string[] {
  const seen = new Set<string>();
  for (const v of variants(zoo)) {
    if (v.dataset !== dataset) continue;
    for (const m of Object.keys(v.values)) if (zoo.columns.metrics[m]?.better === 'higher') seen.add(m);
  }
  return [...seen];
}

export function findModels(zoo: Zoo, b: Budget): Variant[] {
  const within = (v: Variant, metric: string, limit: number | undefined, max: boolean) => {
    if (limit === undefined) return true;
    const value = v.values[metric];
    return value !== undefined && (max ? Number(value) <= limit : Number(value) >= limit);
  };
  return variants(zoo)
    .filter(
      (v) =>
        v.dataset === b.dataset &&
        v.values[b.accuracy] !== undefined &&
        within(v, b.accuracy, b.minAccuracy, false) &&
        within(v, 'gflops', b.maxGflops, true) &&
        within(v, 'size', b.maxSize, true) &&
        (b.device === undefined || within(v, `latency-${b.device}`, b.maxLatency, true)),
    )
    .sort((a, c) => Number(c.values[b.accuracy]) - Number(a.values[b.accuracy]));
}

/**
 * Where nothing fits: each limit that alone keeps every model out, with how many would fit without
 * it. Switching the dataset keeps the limits, and one (a latency where the dataset has none) may
 * leave no model at all: the reader is told which.
 */
export function liftable(zoo: Zoo, b: Budget): { limit: Limit; fit: number }[] {
  return LIMITS.filter((limit) => b[limit] !== undefined)
    .map((limit) => {
      const { [limit]: _lifted, ...rest } = b;
      return { limit, fit: findModels(zoo, rest).length };
    })
    .filter((l) => l.fit > 0);
}
