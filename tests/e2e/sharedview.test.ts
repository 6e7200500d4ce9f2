/**
 * A shared link's view (a table's sort and filters, the finder's budget) is on screen from the
 * first paint: nothing jumps as React starts, and if React never starts, the page still shows
 * its tables, in their default view, as it does without JavaScript (src/plugins/url-view).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dataZoo, PHONE, sharedBrowser, watch } from './browser';

const baseUrl = inject('baseUrl');
const zoo = dataZoo();
const browser = sharedBrowser();

/** Records every layout shift from the start of the page's life, as Core Web Vitals counts them. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.shifted += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shifted = (page: Page) => page.evaluate(() => (window as unknown as { shifted: number }).shifted);
const hydrated = (page: Page) =>
  expect.poll(() => page.evaluate(() => document.documentElement.dataset.hasHydrated)).toBe('true');
/** The ids of a table's rows a reader sees, in order. */
const visibleRows = (page: Page, table: string) =>
  page.$$eval(`#${table} > tbody > tr`, (trs) =>
    trs.filter((tr) => tr.checkVisibility({ visibilityProperty: true })).map((tr) => tr.id),
  );

const table = (id: string) => {
  const found = zoo.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
};

// Before this, each of these links moved the page as React drew its view: layout shifts of 0.46
// (1280 px) and 0.88 (phone) for a filtered table, 0.03 and 0.24 for a sorted one, 0.36 for the finder.
const LINKS: [string, string, (page: Page) => Promise<void>][] = [
  [
    'a filtered table',
    '/pruning?prune-coco.strategy=r578#prune-coco',
    async (page) =>
      expect(await visibleRows(page, 'prune-coco')).toEqual(
        table('prune-coco')
          .rows.filter((r) => r.strategy === 'r578')
          .map((r) => r.id),
      ),
  ],
  [
    'a filtered table, at a row',
    '/pruning?prune-coco.inputSize=416#prune-coco-mobilenetv1-r578-416',
    async (page) =>
      expect(await visibleRows(page, 'prune-coco')).toEqual(
        table('prune-coco')
          .rows.filter((r) => r.inputSize === 416)
          .map((r) => r.id),
      ),
  ],
  [
    'a filtered table whose rows have no errata',
    '/pruning?prune-coco.strategy=sensity#prune-coco',
    async (page) => expect(await page.locator('[data-benchmark="prune-coco"] ol').isVisible()).toBe(false),
  ],
  [
    'a sorted table',
    '/quantization?quant-coco.sort=box-ap&quant-coco.dir=desc#quant-coco',
    async (page) => {
      const values = [...table('quant-coco').rows].map((r) => Number(r.cells['box-ap']?.value ?? Number.NaN));
      const first = (await visibleRows(page, 'quant-coco'))[0];
      const best = table('quant-coco').rows.find((r) => Number(r.cells['box-ap']?.value) === Math.max(...values));
      expect(first).toBe(best?.id);
    },
  ],
  [
    "the finder's budget",
    '/finder?dataset=coco&maxGflops=10',
    async (page) => expect(await page.locator('#finder-maxGflops').inputValue()).toBe('10'),
  ],
];

describe.each([
  ['en', ''],
  ['zh-Hans', '/zh-Hans'],
])('a shared link, in %s', (_locale, prefix) => {
  it.each(LINKS.flatMap(([what, path, check]) => [1280, 390].map((width) => [what, width, path, check] as const)))(
    'to %s, at %i px, is drawn in its view at once: no layout shift',
    async (_what, width, path, check) => {
      const page = await (width === 390
        ? browser().newPage(PHONE)
        : browser().newPage({ viewport: { width: 1280, height: 800 } }));
      const watched = watch(page);
      await watchShifts(page);
      await page.goto(`${baseUrl}${prefix}${path}`, { waitUntil: 'networkidle' });
      await hydrated(page);
      await page.waitForTimeout(300);
      await check(page);
      expect(await shifted(page)).toBeLessThan(0.01);
      expect(watched.problems).toEqual([]);
      await page.close();
    },
  );
});

it('a malformed #anchor neither breaks the page nor the view', async () => {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const watched = watch(page);
  await page.goto(`${baseUrl}/pruning?prune-coco.strategy=r578#%`, { waitUntil: 'networkidle' });
  await hydrated(page);
  expect(await visibleRows(page, 'prune-coco')).toEqual(
    table('prune-coco')
      .rows.filter((r) => r.strategy === 'r578')
      .map((r) => r.id),
  );
  expect(watched.problems).toEqual([]);
  await page.close();
});

describe('before React runs', () => {
  /** A page whose scripts never load: what a reader sees until React starts, or if it never does. */
  async function withoutScripts(path: string) {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.route(/\/assets\/js\//, (route) => route.abort());
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    return page;
  }

  /** The ids of the elements that take room (seen or not): `display` is not `none`. */
  const laidOut = (page: Page, css: string) =>
    page.$$eval(css, (all) => all.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.id));
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  it('a shared filtered table holds its final height, its rows unseen, then shows them if React never starts', async () => {
    const page = await withoutScripts('/pruning?prune-coco.strategy=r578#prune-coco');
    const r578 = ids(table('prune-coco').rows.filter((r) => r.strategy === 'r578'));
    // The rows the filter leaves out take no room; those it keeps are there, not yet seen.
    expect(await laidOut(page, '#prune-coco > tbody > tr')).toEqual(r578);
    expect(await page.locator('#prune-coco > tbody').evaluate((b) => getComputedStyle(b).visibility)).toBe('hidden');
    // 3 s after the load, the default view: every row, seen, as without JavaScript.
    await expect
      .poll(() => visibleRows(page, 'prune-coco'), { timeout: 6000 })
      .toEqual(table('prune-coco').rows.map((r) => r.id));
    await page.close();
  });

  it.each([
    ['without a query', '/pruning#prune-coco'],
    ['with a query the site does not read', '/pruning?utm_source=chat&fbclid=x1#prune-coco'],
  ])('a page opened %s shows its tables at once', async (_what, path) => {
    const page = await withoutScripts(path);
    expect(await visibleRows(page, 'prune-coco')).toEqual(ids(table('prune-coco').rows));
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-url-view'))).toBe(false);
    await page.close();
  });

  it('a filter value the table does not offer hides no row: React ignores it too', async () => {
    const page = await withoutScripts('/pruning?prune-coco.strategy=R578&prune-voc.inputSize=999#prune-coco');
    expect(await laidOut(page, '#prune-coco > tbody > tr')).toEqual(ids(table('prune-coco').rows));
    expect(await laidOut(page, '#prune-voc > tbody > tr')).toEqual(ids(table('prune-voc').rows));
    await page.close();
  });

  it('the row a link names is kept, with its errata note, although the filter hides its like', async () => {
    const linked = 'prune-coco-mobilenetv1-r578-416';
    const page = await withoutScripts(`/pruning?prune-coco.strategy=sensity#${linked}`);
    const rows = table('prune-coco').rows.filter((r) => r.strategy === 'sensity' || r.id === linked);
    expect(await laidOut(page, '#prune-coco > tbody > tr')).toEqual(ids(rows));
    // the sensity rows have no errata: the linked row's note is the only one left
    expect(await laidOut(page, '#prune-coco ~ ol > li')).toEqual([`fn-${linked}-size`]);
    await page.close();
  });
});
