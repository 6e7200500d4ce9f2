/**
 * Offline search, in both languages: the index is built with the site and served by it, tables
 * included, so a model, strategy or dataset name finds the page whose table holds it.
 */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, watch } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** The result links the search page lists for a query, as site paths. */
async function results(prefix: string, query: string) {
  const page = await browser().newPage();
  const watched = watch(page);
  await page.goto(`${baseUrl}${prefix}/search?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
  const links = page.locator('main article h2 a');
  await expect.poll(() => links.count()).toBeGreaterThan(0);
  const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await page.close();
  return { pages: [...new Set(hrefs)], watched };
}

describe('search', () => {
  it.each([
    ['', 'r578', '/pruning'],
    ['', 'MobileNetV1', '/quantization'],
    ['', 'BlazeFace', '/quantization'],
    ['', 'ResNet34', '/distillation'],
    ['', 'distillation', '/distillation'],
    ['/zh-Hans', '蒸馏', '/zh-Hans/distillation'],
    ['/zh-Hans', 'BlazeFace', '/zh-Hans/quantization'],
    ['/zh-Hans', 'r578', '/zh-Hans/pruning'],
  ])('in %s, "%s" finds %s', async (prefix, query, expected) => {
    const { pages, watched } = await results(prefix, query);
    expect(pages).toContain(expected);
    // Everything came from the site itself: nothing from a CDN.
    expect([...watched.hosts]).toEqual([new URL(baseUrl).host]);
    expect(watched.problems).toEqual([]);
  });

  it('is one keystroke away in the navbar and opens a result by keyboard', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const box = page.locator('input.navbar__search-input');
    // The index is fetched on first focus; type once it is in.
    const index = page.waitForResponse((r) => r.url().includes('search-index'));
    await box.focus();
    await index;
    await page.waitForLoadState('networkidle');
    await page.keyboard.type('r578', { delay: 50 });
    await expect.poll(() => page.locator('[role="option"]').count()).toBeGreaterThan(0);
    // The first suggestion is selected already: Enter opens it, on a page that holds the name.
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).not.toBe('/');
    await expect.poll(() => page.locator('main').textContent()).toContain('r578');
    await page.close();
  });
});
