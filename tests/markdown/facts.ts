/**
 * The facts of a table that must survive a trip through markdown: per row, in order, what it is
 * (model, dataset, pretrained weights, strategy, input size, teacher), its figures and deltas as
 * printed, its download URL, and which row it is compared with (by position, since imported ids
 * are derived afresh).
 */
import type { Table } from '../../src/data/schemas';

export function facts(table: Table) {
  const position = new Map(table.rows.map((r, i) => [r.id, i]));
  const metrics = table.columns.flatMap((c) => ('metric' in c ? [c.metric] : []));
  return table.rows.map((r) => ({
    model: r.model,
    dataset: r.dataset,
    pretrained: r.pretrained,
    strategy: r.strategy,
    inputSize: r.inputSize,
    teacher: r.teacher ? `${r.teacher.model}(${r.teacher.boxAp})` : undefined,
    figures: metrics.map((m) => {
      const f = r.cells[m];
      return f ? `${m}=${f.value}${f.delta === undefined ? '' : `(${f.delta})`}` : `${m}=–`;
    }),
    download: r.download,
    baseline: r.baseline === undefined ? 'is a baseline' : r.baseline === null ? 'none' : position.get(r.baseline),
  }));
}
