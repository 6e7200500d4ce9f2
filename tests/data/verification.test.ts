import { describe, expect, it } from 'vitest';
import { loadZoo } from '../../src/data/load';
import { verificationFile } from '../../src/data/verificationFile';

const loaded = loadZoo();
if (!loaded.ok) throw new Error('data/ must be valid');
const zoo = loaded.zoo;
const file = verificationFile(zoo);

describe('verification.json', () => {
  it('has one record for every published delta that has a baseline, and one for every quoted figure', () => {
    const rows = zoo.tables.flatMap((t) => t.rows);
    const deltas = rows.flatMap((r) =>
      Object.entries(r.cells).flatMap(([column, f]) =>
        f?.delta && f.delta !== '-' && r.baseline ? [`${r.id}.${column}`] : [],
      ),
    );
    const quotes = zoo.tables.flatMap((t) => t.summary.flatMap((p) => p.quotes.map((_, i) => `${t.id}.${p.id}.${i}`)));
    expect(file.records.filter((r) => r.kind === 'delta').map((r) => r.id)).toEqual(deltas);
    expect(file.records.filter((r) => r.kind === 'claim').map((r) => r.id)).toEqual(quotes);
    expect(file.summary.records).toBe(deltas.length + quotes.length);
  });

  it('names table, row, column, published value, figures, computed value and outcome', () => {
    const r578 = file.records.find((r) => r.id === 'prune-coco-mobilenetv1-r578-608.size');
    expect(r578).toEqual({
      kind: 'delta',
      id: 'prune-coco-mobilenetv1-r578-608.size',
      table: 'prune-coco',
      row: 'prune-coco-mobilenetv1-r578-608',
      column: 'size',
      published: '-66.90%',
      figures: { value: '31.30', baseline: '94.60', baselineRow: 'prune-coco-mobilenetv1-baseline-608' },
      formula: '(31.30 − 94.60) / 94.60 × 100 %',
      computed: '-66.91%',
      // (31.295 − 94.605) / 94.605 and (31.305 − 94.595) / 94.595
      interval: ['-66.9204%', '-66.9063%'],
      agreeing: ['-66.92%', '-66.91%'],
      outcome: 'disagrees',
      erratum: 'prune-coco-mobilenetv1-r578-608-size',
    });
  });

  it('marks exactly the register’s entries as disagreements', () => {
    const disagreeing = file.records.filter((r) => r.outcome === 'disagrees');
    expect(disagreeing.map((r) => r.erratum).sort()).toEqual(zoo.errata.map((e) => e.id).sort());
    expect(file.summary.disagrees).toBe(9);
  });
});
