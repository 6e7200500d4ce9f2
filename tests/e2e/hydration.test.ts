/**
 * Pages run React on the reader's first interaction, not on load (src/hydration/startOnIntent.ts).
 * What a reader relies on: the page is whole and quiet before that, the first click or change is
 * never lost however early it comes, and a shared link with a view or an anchor works at once.
 * React's script is held back by the test where it must arrive late, so the early path is taken
 * every time rather than by luck of timing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dataZoo, sharedBrowser, watch } from './browser';

const baseUrl = inject('baseUrl');
const zoo = dataZoo();
const browser = sharedBrowser();
const MAIN_JS = /\/assets\/js\/main\.[0-9a-f]+\.js$/;

const isHydrated = (page: Page) => page.evaluate(() => window.zooHydrated === true);
const shownIds = (page: Page, table: string) =>
  page.$$eval(`table#${table} > tbody > tr`, (trs) => trs.map((tr) => tr.id));

/** A page whose main.js arrives only after `ms`, opened without waiting for the network to settle. */
async function openWithSlowScript(path: string, ms: number) {
  const page = await browser().newPage();
  const watched = watch(page);
  await page.route(MAIN_JS, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  return { page, watched };
}

describe('React starts when the reader reaches for the page', () => {
  it('runs no script of its own until then, but fetches it ahead', async () => {
    const page = await browser().newPage();
    const watched = watch(page);
    const fetched: string[] = [];
    page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl}/pruning`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    expect(fetched.some((p) => MAIN_JS.test(p))).toBe(true);
    expect(await page.evaluate(() => 'docusaurus' in window)).toBe(false);
    expect(await isHydrated(page)).toBe(false);
    // The page is whole without it: every row of the first table, every download link.
    const table = zoo.tables.find((t) => t.page === 'pruning');
    if (!table) throw new Error('no table on /pruning');
    expect(await shownIds(page, table.id)).toEqual(table.rows.map((r) => r.id));

    await page.mouse.move(200, 200);
    await expect.poll(() => isHydrated(page)).toBe(true);
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  it('keeps a click made before React is ready and carries it out when it is', async () => {
    const { page, watched } = await openWithSlowScript('/pruning', 1500);
    const header = page.locator('table#prune-coco thead th').nth(2);
    await header.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    expect(await isHydrated(page)).toBe(false);
    await expect.poll(() => header.getAttribute('aria-sort'), { timeout: 15_000 }).toBe('ascending');
    expect(page.url()).toContain('prune-coco.sort=');
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  it('keeps a filter chosen before React is ready', async () => {
    const { page, watched } = await openWithSlowScript('/quantization', 1500);
    await page.locator('#quant-coco-filter-model').selectOption('resnet34');
    expect(await isHydrated(page)).toBe(false);
    const expected = (zoo.tables.find((t) => t.id === 'quant-coco')?.rows ?? [])
      .filter((r) => r.model === 'resnet34')
      .map((r) => r.id);
    await expect.poll(() => shownIds(page, 'quant-coco'), { timeout: 15_000 }).toEqual(expected);
    expect(page.url()).toContain('quant-coco.model=resnet34');
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  it('holds nothing once React cannot arrive: in-page links work as they do without JavaScript', async () => {
    const page = await browser().newPage();
    await page.route(MAIN_JS, (route) => route.abort());
    await page.goto(`${baseUrl}/pruning`, { waitUntil: 'load' });
    const failed = page.waitForEvent('requestfailed', (r) => MAIN_JS.test(new URL(r.url()).pathname));
    await page.mouse.move(200, 200);
    await failed;
    await page.locator('caption a[href="#prune-coco"]').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#prune-coco');
    expect(await isHydrated(page)).toBe(false);
    await page.close();
  });

  it.each([
    ['a view in the query', '/quantization?quant-coco.model=resnet34'],
    ['an #anchor', '/pruning#prune-coco'],
  ])('starts at once for a link with %s', async (_what, path) => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    await expect.poll(() => isHydrated(page)).toBe(true);
    await page.close();
  });
});
