/**
 * The content of /data/verification.json: one record per checked delta or
 * quoted figure, naming its table, row, column, published value, the figures
 * used, the computed value and interval, and the outcome.
 */
import type { Zoo } from './schemas';
import { withRecords } from './verify';

export function verificationFile(zoo: Zoo) {
  const records = withRecords(zoo).records.map((r) =>
    r.kind === 'delta'
      ? {
          kind: 'delta' as const,
          id: r.id,
          table: r.table,
          row: r.row,
          column: r.column,
          published: r.published,
          figures: { value: r.value, baseline: r.baseline.value, baselineRow: r.baseline.row },
          formula: r.formula,
          computed: r.verdict.plain,
          interval: r.verdict.interval,
          agreeing: r.verdict.agreeing,
          outcome: r.outcome,
          erratum: r.erratum ?? null,
        }
      : {
          kind: 'claim' as const,
          id: r.id,
          table: r.table,
          point: r.point,
          quote: r.quote,
          row: r.row,
          column: r.column,
          published: r.published,
          cell: r.cell,
          figures: r.verdict ? { value: r.value, baseline: r.baseline?.value, baselineRow: r.baseline?.row } : null,
          computed: r.verdict?.plain ?? r.cell,
          interval: r.verdict?.interval ?? null,
          agreeing: r.verdict?.agreeing ?? null,
          outcome: r.outcome,
          erratum: r.erratum ?? null,
        },
  );
  const count = (outcome: string) => records.filter((r) => r.outcome === outcome).length;
  return {
    source: { repository: zoo.source.repository, commit: zoo.source.commit, file: zoo.source.file },
    rule: 'A figure printed with d decimals stands for any value within half a unit of its last digit; a delta agrees when some true values of its figures give a true delta that rounds to it ("rounding" when plain arithmetic on the printed figures gives another value).',
    summary: {
      records: records.length,
      agrees: count('agrees'),
      rounding: count('rounding'),
      disagrees: count('disagrees'),
    },
    records,
  };
}
