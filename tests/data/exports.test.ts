/**
 * The published files round-trip: parsing the CSV (with an independent CSV
 * parser) and the JSON gives back every figure, delta and URL of data/ exactly.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportTable, exportZoo, tableCsv } from '../../src/data/exports';
import { loadZoo } from '../../src/data/load';
import { pageData } from '../../src/data/pageZoo';
import { withRecords } from '../../src/data/verify';

const loaded = loadZoo();
if (!loaded.ok) throw new Error('data/ must be valid');
const zoo = withRecords(loaded.zoo);
const SITE = 'https://zoo.example';

describe.each(zoo.tables.map((t) => [t.id, t] as const))('%s', (_id, table) => {
  const metrics = table.columns.flatMap((c) => ('metric' in c ? [c.metric] : []));

  it('CSV: opens in a spreadsheet (BOM, CRLF) and gives back every figure, delta and URL', () => {
    const csv = tableCsv(zoo, table, table.rows, SITE);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.includes('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.id)).toEqual(table.rows.map((r) => r.id));
    table.rows.forEach((row, i) => {
      const line = parsed.data[i] as Record<string, string>;
      for (const m of metrics) {
        const f = row.cells[m];
        expect([line[m], line[`${m}_delta`]], `${row.id} ${m}`).toEqual([f?.value ?? '', f?.delta ?? '']);
      }
      expect(line.download).toBe(row.download ?? '');
      expect(line.url).toBe(`${SITE}/${table.page}#${row.id}`);
      expect(line.input_size).toBe(String(row.inputSize));
    });
    // Chinese labels survive
    expect(parsed.data[0]?.dataset_zh).toBe(
      zoo.datasets.find((d) => d.id === table.rows[0]?.dataset)?.label['zh-Hans'],
    );
  });

  it('JSON: gives back every figure, delta, outcome and URL', () => {
    const back = JSON.parse(JSON.stringify(exportTable(zoo, table)));
    expect(back.rows.map((r: { id: string }) => r.id)).toEqual(table.rows.map((r) => r.id));
    table.rows.forEach((row, i) => {
      for (const m of metrics) {
        const f = row.cells[m];
        const c = back.rows[i].cells[m];
        expect(c === null ? null : [c.value, c.delta], `${row.id} ${m}`).toEqual(f ? [f.value, f.delta ?? null] : null);
      }
      expect(back.rows[i].download).toBe(row.download ?? null);
    });
  });

  it('CSV of a view: the page’s data gives the same file, checks included, as the whole zoo', () => {
    // "Download this view" runs in the browser on its page's data, which has outcomes, not records.
    // In either locale: the page keeps both names of datasets and strategies, which the file writes.
    for (const locale of ['en', 'zh-Hans'] as const) {
      const page = pageData(loaded.zoo, `page-${table.page}`, (t) => t.page === table.page, { locale }).zoo;
      expect(tableCsv(page, table, table.rows, SITE), locale).toBe(tableCsv(zoo, table, table.rows, SITE));
    }
    const page = pageData(loaded.zoo, `page-${table.page}`, (t) => t.page === table.page).zoo;
    const csv = tableCsv(page, table, table.rows, SITE);
    // …and the checks are there: every published delta with a baseline has one.
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    const checks = parsed.data.flatMap((line) => metrics.map((m) => line[`${m}_check`]));
    expect(checks.filter((c) => c !== '').length).toBe(
      table.rows.flatMap((r) => metrics.filter((m) => r.baseline && r.cells[m]?.delta && r.cells[m]?.delta !== '-'))
        .length,
    );
  });
});

describe('the whole zoo as one file', () => {
  it('holds every table with every row', () => {
    const back = JSON.parse(JSON.stringify(exportZoo(zoo)));
    expect(back.tables.map((t: { id: string }) => t.id)).toEqual(zoo.tables.map((t) => t.id));
    expect(back.tables.flatMap((t: { rows: unknown[] }) => t.rows)).toHaveLength(85);
  });

  it('marks each delta with the outcome of its check', () => {
    const t = exportTable(zoo, zoo.tables.find((x) => x.id === 'prune-coco') as (typeof zoo.tables)[number]);
    const r578 = t.rows.find((r) => r.id === 'prune-coco-mobilenetv1-r578-608');
    expect(r578?.cells.size).toEqual({ value: '31.30', delta: '-66.90%', check: 'disagrees' });
    expect(r578?.cells['box-ap']).toEqual({ value: '27.8', delta: '-1.5', check: 'agrees' });
  });

  it('quotes fields that need it', () => {
    const table = structuredClone(zoo.tables[0]) as (typeof zoo.tables)[number];
    const z = withRecords(structuredClone(loaded.zoo));
    const model = z.models.find((m) => m.id === table.rows[0]?.model);
    if (model) model.label = 'Res"Net, 50';
    const csv = tableCsv(z, table);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]?.model).toBe('Res"Net, 50');
  });
});
