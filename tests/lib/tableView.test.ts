import { describe, expect, it } from 'vitest';
import { loadZoo } from '../../src/data/load';
import type { Table } from '../../src/data/schemas';
import { applyView, filterData, filterOptions, parseView, writeView } from '../../src/lib/tableView';

const loaded = loadZoo();
if (!loaded.ok) throw new Error('data/ must be valid');
const zoo = loaded.zoo;
const table = (id: string) => zoo.tables.find((t) => t.id === id) as Table;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id.replace(/^[a-z]+-[a-z]+-/, ''));

describe('sorting', () => {
  it('sorts figures numerically, both ways', () => {
    const asc = applyView(zoo, table('prune-coco'), {
      sort: { column: 'gflops', by: 'value', dir: 'asc' },
      filters: {},
    });
    // 1.74 < 2.93 < 3.76 < 5.72 < 6.27 < 6.35 < 9.66 < 13.57 < 20.64 < 29.98 < 37.53 < 44.71 (not as strings)
    expect(asc.map((r) => r.cells.gflops?.value)).toEqual([
      '1.74',
      '2.93',
      '3.76',
      '5.72',
      '6.27',
      '6.35',
      '9.66',
      '13.57',
      '20.64',
      '29.98',
      '37.53',
      '44.71',
    ]);
    const desc = applyView(zoo, table('prune-coco'), {
      sort: { column: 'gflops', by: 'value', dir: 'desc' },
      filters: {},
    });
    expect(desc[0]?.cells.gflops?.value).toBe('44.71');
  });

  it('sorts deltas by value, rows without a delta last in either direction', () => {
    const byDelta = applyView(zoo, table('quant-coco'), {
      sort: { column: 'box-ap', by: 'delta', dir: 'asc' },
      filters: {},
    });
    const deltas = byDelta.map((r) => r.cells['box-ap']?.delta ?? '');
    expect(deltas.slice(0, 3)).toEqual(['-1.4', '-1.3', '-1.3']);
    // 7 baselines without a delta and 2 rows published "(-)" come last, in their original order
    expect(deltas.slice(-9).every((d) => d === '' || d === '-')).toBe(true);
    const desc = applyView(zoo, table('quant-coco'), {
      sort: { column: 'box-ap', by: 'delta', dir: 'desc' },
      filters: {},
    });
    expect(desc[0]?.cells['box-ap']?.delta).toBe('-0.5');
    expect(desc.slice(-9).every((r) => !r.cells['box-ap']?.delta || r.cells['box-ap'].delta === '-')).toBe(true);
  });

  it('puts empty cells last', () => {
    const rows = applyView(zoo, table('prune-latency'), {
      sort: { column: 'latency-kirin-970', by: 'value', dir: 'desc' },
      filters: {},
    });
    expect(rows.slice(-3).map((r) => r.cells['latency-kirin-970'])).toEqual([null, null, null]);
    expect(rows[0]?.cells['latency-kirin-970']?.value).toBe('748.404');
  });

  it('sorts text columns alphabetically and input sizes as numbers', () => {
    const byModel = applyView(zoo, table('quant-coco'), {
      sort: { column: 'model', by: 'value', dir: 'asc' },
      filters: {},
    });
    expect([...new Set(byModel.map((r) => r.model))]).toEqual(['mobilenetv1', 'r50vd-dcn', 'resnet34']);
    const bySize = applyView(zoo, table('distill-voc'), {
      sort: { column: 'inputSize', by: 'value', dir: 'asc' },
      filters: {},
    });
    expect(bySize.map((r) => r.inputSize)).toEqual([320, 320, 416, 416, 608, 608]);
  });
});

describe('filtering', () => {
  it('offers the table’s own columns that vary', () => {
    expect(filterOptions(table('prune-latency')).map((f) => f.field)).toEqual([
      'model',
      'strategy',
      'inputSize',
      'dataset',
    ]);
    expect(filterOptions(table('quant-widerface')).map((f) => f.field)).toEqual(['model', 'strategy']);
  });

  // The page's head script hides, before React runs, the rows whose attribute is not the link's
  // value (src/plugins/url-view): it must pick the very rows React then shows.
  it("marks each row with the value each filter compares, so its attributes pick the filter's rows", () => {
    let checked = 0;
    for (const t of zoo.tables) {
      for (const { field, values } of filterOptions(t)) {
        for (const value of values) {
          const kept = applyView(zoo, t, { filters: { [field]: value } }).map((r) => r.id);
          const marked = t.rows.filter((r) => filterData(t, r)[`data-${field.toLowerCase()}`] === value);
          expect(marked.map((r) => r.id)).toEqual(kept);
          checked++;
        }
      }
      // only the filters the table offers: a column that never varies is no filter
      const offered = filterOptions(t).map((f) => `data-${f.field.toLowerCase()}`);
      for (const row of t.rows) expect(Object.keys(filterData(t, row))).toEqual(offered);
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('keeps the rows that match every filter', () => {
    const rows = applyView(zoo, table('prune-voc'), { filters: { strategy: 'r578', inputSize: '416' } });
    expect(ids(rows)).toEqual(['mobilenetv1-r578-416']);
  });
});

describe('the view in the URL', () => {
  it('round-trips, keeping other parameters and other tables’ views', () => {
    const t = table('prune-coco');
    const view = {
      sort: { column: 'size', by: 'delta' as const, dir: 'desc' as const },
      filters: { model: 'mobilenetv1' },
    };
    const search = writeView('?prune-voc.sort=gflops&prune-voc.dir=asc&lang=x', t, view);
    expect(search).toBe(
      '?prune-voc.sort=gflops&prune-voc.dir=asc&lang=x&prune-coco.sort=size.delta&prune-coco.dir=desc&prune-coco.model=mobilenetv1',
    );
    expect(parseView(search, t)).toEqual(view);
    expect(parseView(search, table('prune-voc'))).toEqual({
      sort: { column: 'gflops', by: 'value', dir: 'asc' },
      filters: {},
    });
  });

  it('does not sort by download: a file name orders nothing a reader compares', () => {
    expect(parseView('?prune-coco.sort=download&prune-coco.dir=asc', table('prune-coco'))).toEqual({ filters: {} });
  });

  it('ignores what does not belong to the table', () => {
    expect(parseView('?prune-coco.sort=latency-kirin-970&prune-coco.inputSize=640', table('prune-coco'))).toEqual({
      filters: {},
    });
  });
});
