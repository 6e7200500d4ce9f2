/**
 * Every string the code gives to Docusaurus's translate() or <Translate> has its Chinese, in
 * i18n/zh-Hans/code.json or, for the theme's own keys, in Docusaurus's bundled translations: a
 * missing one shows English on the Chinese pages, with no warning at build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The ids the code translates, each with the file that asks for it. */
function idsInCode(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of sources(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/translate\(\s*\{\s*id: '([^']+)'|<Translate\s+id="([^"]+)"/g)) {
      ids.set(match[1] ?? match[2] ?? '', path.relative(ROOT, file));
    }
  }
  return ids;
}

describe('the Chinese translations', () => {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const bundled = path.join(ROOT, 'node_modules/@docusaurus/theme-translations/locales/zh-Hans');
  const theirs = Object.assign({}, ...fs.readdirSync(bundled).map((f) => read(path.join(bundled, f))));
  const ours = read(path.join(ROOT, 'i18n/zh-Hans/code.json')) as Record<string, { message?: string }>;
  const chinese = (id: string) => ours[id]?.message ?? theirs[id];
  const ids = idsInCode();

  it('finds the strings the code translates', () => {
    // the table's sort buttons and its reset, among the many
    expect(ids.get('table.sort.deltaOf')).toBe('src/components/BenchmarkTable/index.tsx');
    expect(ids.get('table.view.reset')).toBe('src/components/BenchmarkTable/Toolbar.tsx');
    expect(ids.size).toBeGreaterThan(80);
  });

  it('says "distilled from a teacher" in one way, in the charts as in the finder', () => {
    // the word before the teacher and the one after: "由 {teacher} 蒸馏"
    const phrase = (id: string) => chinese(id)?.match(/\S \{teacher\} \S+/)?.[0];
    expect(phrase('chart.distilledFrom')).toBe(phrase('finder.teacher'));
    expect(phrase('finder.teacher')).toBeDefined();
  });

  it('has every one of them in Chinese', () => {
    const missing = [...ids].filter(([id]) => !chinese(id)).map(([id, file]) => `${id} (${file})`);
    expect(missing).toEqual([]);
  });
});
