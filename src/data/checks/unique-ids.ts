/** Ids are anchors and keys: each must name exactly one thing. */
import type { Finding } from '../problems';
import type { Check } from './context';

function duplicates<T>(items: readonly T[], id: (t: T) => string, where: (i: number) => [string, string]): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  items.forEach((item, i) => {
    const key = id(item);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const [file, path] = where(i);
    const [firstFile, firstPath] = where(first);
    out.push({
      file,
      path,
      expected: 'an id used nowhere else',
      found: `${JSON.stringify(key)}, already used at ${firstFile} › ${firstPath}`,
    });
  });
  return out;
}

export const uniqueIds: Check = ({ zoo, tableFile }) => {
  const allRows = zoo.tables.flatMap((table) =>
    table.rows.map((row, index) => ({ id: row.id, file: tableFile(table), path: `rows[${index}].id` })),
  );
  return [
    ...duplicates(
      zoo.models,
      (m) => m.id,
      (i) => ['data/models.json', `[${i}].id`],
    ),
    ...duplicates(
      zoo.datasets,
      (d) => d.id,
      (i) => ['data/datasets.json', `[${i}].id`],
    ),
    ...duplicates(
      zoo.devices,
      (d) => d.id,
      (i) => ['data/devices.json', `[${i}].id`],
    ),
    ...duplicates(
      zoo.strategies.strategies,
      (s) => s.id,
      (i) => ['data/strategies.json', `strategies[${i}].id`],
    ),
    ...duplicates(
      zoo.source.links,
      (l) => l.id,
      (i) => ['data/source.json', `links[${i}].id`],
    ),
    ...duplicates(
      allRows,
      (r) => r.id,
      (i) => [allRows[i].file, allRows[i].path],
    ),
    ...zoo.tables.flatMap((table) =>
      duplicates(
        table.summary,
        (s) => s.id,
        (i) => [tableFile(table), `summary[${i}].id`],
      ),
    ),
  ];
};
