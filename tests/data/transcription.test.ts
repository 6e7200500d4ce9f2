/**
 * data/ against the upstream tables, cell by cell. The fixture is a verbatim
 * copy of the upstream markdown tables; nothing in it comes from data/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadZoo } from '../../src/data/load';
import type { Zoo } from '../../src/data/schemas';
import { publishedCell } from '../../src/lib/figures';

const fixture = fs.readFileSync(path.join(__dirname, '../fixtures/upstream-tables.md'), 'utf8');

/** The fixture's tables as arrays of trimmed cells, separator lines dropped. */
const upstream = fixture
  .split(/\n\s*\n/)
  .map((block) =>
    block
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\|[\s:|-]+\|$/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      ),
  )
  .filter((rows) => rows.length > 0)
  .map(([header, ...rows]) => ({ header: header ?? [], rows }));

const PRETRAINED: Record<string, string> = { ImageNet: 'imagenet', object365: 'objects365' };

let zoo: Zoo;
beforeAll(() => {
  const result = loadZoo();
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file} ${p.path}`).join('\n'));
  zoo = result.zoo;
});

describe('the upstream document, as transcribed', () => {
  it('has 9 tables, 85 rows, 76 download links and 30 distinct URLs', () => {
    const rows = zoo.tables.flatMap((t) => t.rows);
    const links = rows.flatMap((r) => (r.download ? [r.download] : []));
    expect(upstream).toHaveLength(9);
    expect(zoo.tables).toHaveLength(9);
    expect(rows).toHaveLength(85);
    expect(links).toHaveLength(76);
    expect(new Set(links).size).toBe(30);
    // and the provenance file states the same counts readers see on the overview
    expect(zoo.source.counts).toEqual({ tables: 9, rows: 85, downloadLinks: 76, distinctDownloadUrls: 30 });
  });

  it.each(upstream.map((t, i) => [i, t] as const))('table %i matches upstream cell for cell', (i, expected) => {
    const table = zoo.tables[i];
    expect(table.columns).toHaveLength(expected.header.length);
    expect(table.rows.map((r) => r.id)).toHaveLength(expected.rows.length);
    expected.rows.forEach((cells, r) => {
      const row = table.rows[r];
      table.columns.forEach((column, c) => {
        const want = cells[c];
        const where = `${table.id} row ${r} (${row.id}) column ${expected.header[c]}`;
        if ('metric' in column) {
          const figure = row.cells[column.metric];
          expect(figure ? publishedCell(figure) : '-', where).toBe(want);
          return;
        }
        switch (column.field) {
          case 'model':
            expect(zoo.models.find((m) => m.id === row.model)?.label, where).toBe(want);
            break;
          case 'dataset':
            expect(row.dataset, where).toBe(want.toLowerCase());
            break;
          case 'pretrained':
            expect(row.pretrained, where).toBe(PRETRAINED[want]);
            break;
          case 'strategy':
            expect(row.strategy, where).toBe(want);
            break;
          case 'inputSize':
            expect(String(row.inputSize), where).toBe(want);
            break;
          case 'teacher': {
            const name = zoo.models.find((m) => m.id === row.teacher?.model)?.name;
            expect(row.teacher ? `${name}(${row.teacher.boxAp})` : '-', where).toBe(want);
            break;
          }
          case 'download':
            expect(`[下载链接](${row.download})`, where).toBe(want);
            break;
        }
      });
    });
  });

  it('names a baseline on every row that is not one, of the same model, dataset and input size', () => {
    const byId = new Map(zoo.tables.flatMap((t) => t.rows.map((r) => [r.id, r] as const)));
    for (const row of zoo.tables.flatMap((t) => t.rows)) {
      if (row.strategy === 'baseline') continue;
      expect(row.baseline, row.id).not.toBeUndefined();
      if (row.baseline === null) {
        // upstream prints "(-)": no baseline exists at this input size
        expect(
          Object.values(row.cells).every((f) => f?.delta === '-'),
          row.id,
        ).toBe(true);
        continue;
      }
      const base = byId.get(row.baseline as string);
      expect(base, row.id).toBeDefined();
      expect([base?.model, base?.dataset, base?.inputSize], row.id).toEqual([row.model, row.dataset, row.inputSize]);
    }
  });

  it("quotes each teacher's AP from the teacher's own row where the zoo has one", () => {
    const byId = new Map(zoo.tables.flatMap((t) => t.rows.map((r) => [r.id, r] as const)));
    const teachers = zoo.tables.flatMap((t) => t.rows).flatMap((r) => (r.teacher?.row ? [r] : []));
    expect(teachers.length).toBeGreaterThan(0);
    for (const row of teachers) {
      const own = byId.get(row.teacher?.row as string);
      expect(own?.cells['box-ap']?.value, row.id).toBe(row.teacher?.boxAp);
      expect(own?.inputSize, row.id).toBe(row.inputSize);
    }
  });
});
