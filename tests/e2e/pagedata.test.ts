/**
 * Each page carries only its own data: nothing of the zoo rides in main.js (global data), and a
 * table page's scripts hold its own rows (and the rows they point at), not the rest of the zoo.
 * The browser reads the verification records the build computed; it never loads verify().
 */
import { describe, expect, inject, it } from 'vitest';
import { dataZoo, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const zoo = dataZoo();

/** The text of every script a page view loads for itself, React running (the pointer moved at once). */
async function scriptsOf(pathname: string): Promise<Map<string, string>> {
  const page = await browser().newPage();
  const reads: Promise<[string, string]>[] = [];
  page.on('response', (response) => {
    // Prefetches of the pages that links lead to are not this page's data.
    const prefetch = (response.request().headers()['sec-purpose'] ?? '').includes('prefetch');
    if (response.url().endsWith('.js') && !prefetch) reads.push(response.text().then((text) => [response.url(), text]));
  });
  await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
  await page.mouse.move(10, 10);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const scripts = new Map(await Promise.all(reads));
  await page.close();
  return scripts;
}

describe('page data', () => {
  it('main.js carries no row of the zoo', async () => {
    const scripts = await scriptsOf('/data-files');
    const main = [...scripts].find(([url]) => /\/main\.[0-9a-f]+\.js$/.test(url));
    expect(main, 'main.js was loaded').toBeDefined();
    for (const row of zoo.tables.flatMap((t) => t.rows)) expect(main?.[1].includes(`"${row.id}"`), row.id).toBe(false);
  });

  it('/quantization loads its own rows, and of the others only those its rows name as baseline or teacher', async () => {
    const text = [...(await scriptsOf('/quantization')).values()].join('\n');
    const own = zoo.tables.filter((t) => t.page === 'quantization').flatMap((t) => t.rows);
    const named = new Set(own.flatMap((r) => [r.baseline, r.teacher?.row].filter(Boolean)));
    const loaded = (ids: string[]) => ids.filter((id) => text.includes(`"${id}"`));
    expect(loaded(own.map((r) => r.id))).toHaveLength(own.length);
    const others = zoo.tables.filter((t) => t.page !== 'quantization').flatMap((t) => t.rows.map((r) => r.id));
    expect(loaded(others).filter((id) => !named.has(id))).toEqual([]);
  });

  it('a table page reads the records computed at build and loads none of the arithmetic that computes them', async () => {
    const text = [...(await scriptsOf('/pruning')).values()].join('\n');
    // Its records are there (the sensity 608 row's GFLOPs delta, which its explanation reads)…
    expect(text).toContain('prune-coco-resnet50-vd-dcn-sensity-608.gflops');
    // …and not src/data/rational.ts, which verify() needs (its error message survives minifying).
    expect(text).not.toContain('division by zero');
  });
});
