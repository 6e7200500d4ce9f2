/**
 * The promise of `npm run check`: moving any published delta or figure in
 * data/ by one unit of its last digit, where that breaks agreement, stops the
 * check with "published X, but V against baseline B gives …". Which deltas
 * break is decided by an independent oracle, not by the code under test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/data/checks';
import { loadZoo } from '../../src/data/load';
import { formatProblem } from '../../src/data/problems';
import type { Row, Zoo } from '../../src/data/schemas';
import { nudge, oracle } from './oracle';

const loaded = loadZoo();
if (!loaded.ok) throw new Error('data/ must be valid');
const zoo: Zoo = loaded.zoo;
const erratumCells = new Set(
  zoo.errata.flatMap((e) => ('row' in e.target ? [`${e.target.row}.${e.target.column}`] : [])),
);

interface Place {
  table: number;
  row: number;
  column: string;
}

/** Every delta that depends on the figure at `place`: its own, and those of rows that take its row as baseline. */
function dependents(z: Zoo, place: Place): Place[] {
  const row = z.tables[place.table]?.rows[place.row] as Row;
  const out: Place[] = [];
  z.tables.forEach((t, ti) => {
    t.rows.forEach((r, ri) => {
      const mine = r.id === row.id || r.baseline === row.id;
      const d = r.cells[place.column]?.delta;
      if (mine && d && d !== '-' && r.baseline) out.push({ table: ti, row: ri, column: place.column });
    });
  });
  return out;
}

function expectation(z: Zoo, place: Place) {
  const table = z.tables[place.table];
  const row = table?.rows[place.row] as Row;
  const figure = row.cells[place.column];
  const base = z.tables.flatMap((t) => t.rows).find((r) => r.id === row.baseline)?.cells[place.column];
  if (!figure?.delta || !base) return undefined;
  return {
    path: `data/tables/${table?.id}.json › rows[${place.row}].cells.${place.column}.delta`,
    prefix: `published ${figure.delta}, but ${figure.value} against baseline ${base.value} gives `,
    outcome: oracle(figure.value, base.value, figure.delta),
    erratum: erratumCells.has(`${row.id}.${place.column}`),
  };
}

const cases: [string, Place, 'value' | 'delta', number][] = [];
zoo.tables.forEach((t, ti) => {
  t.rows.forEach((r, ri) => {
    for (const [column, figure] of Object.entries(r.cells)) {
      if (!figure) continue;
      for (const step of [1, -1]) {
        cases.push([`${r.id} ${column} value ${step > 0 ? '+' : '−'}1`, { table: ti, row: ri, column }, 'value', step]);
        if (figure.delta && figure.delta !== '-' && r.baseline) {
          cases.push([
            `${r.id} ${column} delta ${step > 0 ? '+' : '−'}1`,
            { table: ti, row: ri, column },
            'delta',
            step,
          ]);
        }
      }
    }
  });
});

const seen = { disagrees: 0, agrees: 0 };

describe('one unit of the last digit', () => {
  afterAll(() => {
    // both sides of the promise were exercised, many times over
    expect(seen.disagrees).toBeGreaterThan(50);
    expect(seen.agrees).toBeGreaterThan(100);
  });

  it('covers every figure and delta of the zoo', () => {
    // every figure and every checkable delta, each moved up and down
    expect(cases.length).toBeGreaterThan(600);
  });

  it.each(cases)('%s', (_name, place, part, step) => {
    const z = structuredClone(zoo);
    const figure = z.tables[place.table]?.rows[place.row]?.cells[place.column];
    if (!figure) throw new Error('no figure');
    if (part === 'value') figure.value = nudge(figure.value, step);
    else figure.delta = nudge(figure.delta as string, step);
    const problems = runChecks(z).map(formatProblem);
    for (const dep of dependents(z, place)) {
      const want = expectation(z, dep);
      if (!want || want.outcome === 'ambiguous') continue;
      const line = problems.find((p) => p.startsWith(`${want.path}: published `));
      if (want.outcome === 'disagrees' && !want.erratum) {
        seen.disagrees++;
        expect(line, `${want.path} should disagree`).toBeDefined();
        expect(line?.slice(want.path.length + 2).startsWith(want.prefix), line).toBe(true);
        expect(line).toMatch(/ \(agrees: \S+ … \S+\)$/);
      } else if (want.outcome !== 'disagrees') {
        seen.agrees++;
        expect(line, `${want.path} agrees, yet: ${line}`).toBeUndefined();
      }
    }
    // an erratum names the exact published value: moving it always stops the check
    const own = z.tables[place.table]?.rows[place.row];
    if (part === 'delta' && own && erratumCells.has(`${own.id}.${place.column}`))
      expect(problems.length).toBeGreaterThan(0);
  });
});
