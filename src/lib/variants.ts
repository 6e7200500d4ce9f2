/**
 * A model variant: one set of weights (model, dataset, strategy, teacher,
 * input size), with its figures gathered from every table it appears in. The
 * pruning table gives a pruned model's AP, the latency table its latency; the
 * charts, model pages and finder all read variants, never a second copy of a
 * figure.
 */
import type { Row, Table, Zoo } from '../data/schemas';

export interface Variant {
  key: string;
  model: string;
  dataset: string;
  strategy: string;
  teacher?: string;
  inputSize: number;
  pretrained?: string;
  /** metric id → the figure as published, from the first table that has it. */
  values: Record<string, string>;
  /** metric id → the row it comes from. */
  sources: Record<string, { table: Table; row: Row }>;
  /** Every row of this variant, in table order. */
  rows: { table: Table; row: Row }[];
  download?: string;
}

export const variantKey = (r: Row) => [r.model, r.dataset, r.strategy, r.teacher?.model ?? '-', r.inputSize].join('|');

export function variants(zoo: Zoo): Variant[] {
  const byKey = new Map<string, Variant>();
  for (const table of zoo.tables) {
    for (const row of table.rows) {
      const key = variantKey(row);
      let v = byKey.get(key);
      if (!v) {
        v = {
          key,
          model: row.model,
          dataset: row.dataset,
          strategy: row.strategy,
          ...(row.teacher ? { teacher: row.teacher.model } : {}),
          inputSize: row.inputSize,
          ...(row.pretrained ? { pretrained: row.pretrained } : {}),
          values: {},
          sources: {},
          rows: [],
        };
        byKey.set(key, v);
      }
      v.rows.push({ table, row });
      if (row.pretrained && !v.pretrained) v.pretrained = row.pretrained;
      if (row.download && !v.download) v.download = row.download;
      for (const [metric, figure] of Object.entries(row.cells)) {
        if (figure && v.values[metric] === undefined) {
          v.values[metric] = figure.value;
          v.sources[metric] = { table, row };
        }
      }
    }
  }
  return [...byKey.values()];
}

/**
 * The points no other point dominates: none has an x as small and a y as large with one of them
 * strictly better (equal points are both kept), as the charts' captions say.
 */
export function paretoFront<T>(points: T[], x: (p: T) => number, y: (p: T) => number): Set<T> {
  const front = new Set<T>();
  for (const p of points) {
    const dominated = points.some((q) => q !== p && x(q) <= x(p) && y(q) >= y(p) && (x(q) < x(p) || y(q) > y(p)));
    if (!dominated) front.add(p);
  }
  return front;
}
