/** Every id that points somewhere must point at something that exists, and of the right kind. */
import type { Finding } from '../problems';
import type { Check } from './context';
import { metricColumns } from './context';

const list = (ids: Iterable<string>) => [...ids].map((id) => JSON.stringify(id)).join(', ');

export const references: Check = ({ zoo, rows, tableFile }) => {
  const out: Finding[] = [];
  const models = new Set(zoo.models.map((m) => m.id));
  const evalSets = new Set(zoo.datasets.filter((d) => d.role === 'evaluation').map((d) => d.id));
  const pretrainSets = new Set(zoo.datasets.filter((d) => d.role === 'pretraining').map((d) => d.id));
  const strategies = new Set(zoo.strategies.strategies.map((s) => s.id));
  const devices = new Set(zoo.devices.map((d) => d.id));
  const metrics = new Set(Object.keys(zoo.columns.metrics));

  const expectOneOf = (file: string, path: string, value: string, known: Set<string>, what: string) => {
    if (!known.has(value))
      out.push({ file, path, expected: `${what}: one of ${list(known)}`, found: JSON.stringify(value) });
  };

  for (const [id, metric] of Object.entries(zoo.columns.metrics)) {
    if (metric.device) expectOneOf('data/columns.json', `metrics.${id}.device`, metric.device, devices, 'a device id');
  }

  for (const table of zoo.tables) {
    const file = tableFile(table);
    table.columns.forEach((column, i) => {
      if ('metric' in column) expectOneOf(file, `columns[${i}].metric`, column.metric, metrics, 'a metric id');
    });
    table.rows.forEach((row, i) => {
      const at = `rows[${i}]`;
      expectOneOf(file, `${at}.model`, row.model, models, 'a model id');
      expectOneOf(file, `${at}.dataset`, row.dataset, evalSets, 'an evaluation dataset id');
      if (row.pretrained !== undefined) {
        expectOneOf(file, `${at}.pretrained`, row.pretrained, pretrainSets, 'a pretraining dataset id');
      }
      expectOneOf(file, `${at}.strategy`, row.strategy, strategies, 'a strategy id');
      if (row.baseline) {
        const target = rows.get(row.baseline);
        if (!target) {
          out.push({
            file,
            path: `${at}.baseline`,
            expected: 'the id of an existing row',
            found: JSON.stringify(row.baseline),
          });
        } else if (target.row.strategy !== 'baseline') {
          out.push({
            file,
            path: `${at}.baseline`,
            expected: 'the id of a baseline row',
            found: `${JSON.stringify(row.baseline)}, a ${JSON.stringify(target.row.strategy)} row`,
          });
        }
      }
      if (row.teacher) {
        expectOneOf(file, `${at}.teacher.model`, row.teacher.model, models, 'a model id');
        if (row.teacher.row !== undefined && !rows.has(row.teacher.row)) {
          out.push({
            file,
            path: `${at}.teacher.row`,
            expected: 'the id of an existing row',
            found: JSON.stringify(row.teacher.row),
          });
        }
      }
    });
    table.summary.forEach((point, i) => {
      point.quotes.forEach((quote, j) => {
        const at = `summary[${i}].quotes[${j}]`;
        const target = rows.get(quote.row);
        if (!target) {
          out.push({
            file,
            path: `${at}.row`,
            expected: 'the id of an existing row',
            found: JSON.stringify(quote.row),
          });
          return;
        }
        if (quote.column !== 'inputSize' && !metricColumns(target.table).includes(quote.column)) {
          out.push({
            file,
            path: `${at}.column`,
            expected: `"inputSize" or a metric of table ${JSON.stringify(target.table.id)}: ${list(metricColumns(target.table))}`,
            found: JSON.stringify(quote.column),
          });
        }
      });
    });
  }
  return out;
};
