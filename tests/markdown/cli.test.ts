/** The import and export commands as a maintainer runs them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main as exportMain } from '../../scripts/export-markdown';
import { main as importMain } from '../../scripts/import-markdown';
import { Table } from '../../src/data/schemas';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'zoo-md-'));

describe('npm run export:markdown, then npm run import', () => {
  it('writes the zoo as markdown, and the import writes one schema-valid draft per table', () => {
    const dir = tmp();
    const md = path.join(dir, 'MODEL_ZOO.md');
    expect(exportMain(['--lang', 'zh-Hans', '--out', md])).toBe(0);
    expect(fs.readFileSync(md, 'utf8')).toMatch(
      /^# 压缩模型库\n\n## 剪裁模型库\n\n### YOLOv3 on COCO\n\n\| 骨架网络 \| 剪裁策略 \|/,
    );
    const out: string[] = [];
    expect(importMain([md, '--out', path.join(dir, 'tables')], (t) => out.push(t))).toBe(0);
    const files = fs.readdirSync(path.join(dir, 'tables')).sort();
    expect(files).toHaveLength(9);
    for (const f of files) {
      expect(Table.safeParse(JSON.parse(fs.readFileSync(path.join(dir, 'tables', f), 'utf8'))).success).toBe(true);
    }
    expect(out.at(-1)).toBe('9 tables imported, 0 failed the schema, 0 skipped.');
  });

  it('refuses an unknown language and a missing --out', () => {
    expect(exportMain(['--lang', 'fr'])).toBe(2);
    const out: string[] = [];
    expect(importMain(['README.md'], (t) => out.push(t))).toBe(2);
    expect(out).toEqual(['usage: npm run import -- <file.md> --out <dir>']);
  });

  it('never takes the next flag for the value of --out', () => {
    const out: string[] = [];
    expect(importMain(['README.md', '--out', '--lang', 'en'], (t) => out.push(t))).toBe(2);
    expect(out.join('\n')).toMatch(
      /^Option '--out' argument is ambiguous[\s\S]*\nusage: npm run import -- <file\.md> --out <dir>$/,
    );
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((t: string) => errors.push(t));
    expect(exportMain(['--out', '--lang', 'en'])).toBe(2);
    expect(errors[0]).toContain("Option '--out' argument is ambiguous");
    vi.restoreAllMocks();
  });
});
