/**
 * Offline search, in both languages: the index is built with the site and served by it, tables
 * included, so a model, strategy or dataset name finds the page whose table holds it.
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, reactRunning, sharedBrowser, watch } from './browser';

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

/** Every script the page fetched, and whether any of them is the search code (lunr). */
function scripts(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.text().catch(() => ''));
  });
  return {
    count: () => bodies.length,
    search: async () => (await Promise.all(bodies)).some((text) => text.includes('lunr-multi-tokenizer')),
  };
}

/** Holds back every script asked for from now on by `ms`: the search chunk arrives late. */
async function slowScripts(page: Page, ms: number) {
  await page.route('**/assets/js/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** Waits until the real search bar has replaced the stand-in. */
async function swapped(page: Page) {
  await expect.poll(() => page.locator('[data-stand-in]').count(), { timeout: 10_000 }).toBe(0);
}

/** Once the real bar is in: it holds what was typed, has the focus, and suggests from the text. */
async function handedOver(page: Page, typed: string) {
  await swapped(page);
  const box = page.locator('input.navbar__search-input');
  expect(await box.inputValue()).toBe(typed);
  expect(await box.evaluate((b) => b === document.activeElement)).toBe(true);
  await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

async function ready(page: Page, path: string) {
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  await expect.poll(() => reactRunning(page)).toBe(true);
}

describe('the search box, fetched on first use', () => {
  it('a page view that never searches fetches no search code; pointing at the box fetches it', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const fetched = scripts(page);
    await ready(page, '/pruning');
    await page.mouse.move(300, 400);
    await page.waitForTimeout(500);
    expect(fetched.count()).toBeGreaterThan(0);
    expect(await fetched.search()).toBe(false);
    await page.locator('input.navbar__search-input').hover();
    await expect.poll(() => fetched.search()).toBe(true);
    await page.close();
  });

  it('keeps what the reader typed before the search code arrived, and suggests from it', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await ready(page, '/');
    await slowScripts(page, 800);
    await page.locator('input.navbar__search-input').focus();
    await page.keyboard.type('r578');
    await handedOver(page, 'r578');
    await page.close();
  });

  it('a box focused and typed into before React runs hands both to the real bar', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    // main.js arrives a second late: the server-rendered box is there, React is not.
    await page.route('**/assets/js/main.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' });
    expect(await reactRunning(page)).toBe(false);
    await page.locator('input.navbar__search-input').focus();
    await page.keyboard.type('r578');
    await handedOver(page, 'r578');
    await page.close();
  });

  it('a search chunk that fails to load is asked for again on the next use', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await ready(page, '/');
    const failing = '**/assets/js/*.js';
    await page.route(failing, (route) => route.abort());
    const box = page.locator('input.navbar__search-input');
    await box.hover();
    await page.waitForTimeout(500);
    expect(await page.locator('[data-stand-in]').count()).toBe(1);
    await page.unroute(failing);
    await page.mouse.move(10, 400);
    await box.focus();
    await swapped(page);
    await page.keyboard.type('r578', { delay: 30 });
    await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it.each([
    ['Control+k', 'Linux', ''],
    ['Meta+k', 'Mac', '/zh-Hans'],
  ])('%s on %s puts the focus in the box at once; what follows it is searched (%s)', async (keys, platform, prefix) => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 800 },
      userAgent: platform === 'Mac' ? 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' : undefined,
    });
    const page = await context.newPage();
    await page.addInitScript((mac) => {
      // Chromium's client hints name the platform; the search plugin reads them first.
      Object.defineProperty(navigator, 'userAgentData', { get: () => ({ platform: mac ? 'macOS' : 'Linux' }) });
    }, platform === 'Mac');
    await ready(page, `${prefix}/quantization`);
    await slowScripts(page, 500);
    await page.keyboard.press(keys);
    // typed at once, while the search code is still on its way
    await page.keyboard.type('BlazeFace');
    await handedOver(page, 'BlazeFace');
    await context.close();
  });

  it('on a phone, a tap on the box opens it for typing', async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await ready(page, '/pruning');
    const box = page.locator('input.navbar__search-input');
    const closed = await box.evaluate((b) => b.getBoundingClientRect().width);
    await box.tap();
    await swapped(page);
    await expect.poll(() => box.evaluate((b) => b === document.activeElement), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => box.evaluate((b) => b.getBoundingClientRect().width)).toBeGreaterThan(closed * 2);
    await page.keyboard.type('r578', { delay: 30 });
    await expect.poll(() => page.locator('[role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await context.close();
  });
});

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

  it.each([
    ['', 'Tab stops at each row', 'Reset'],
    ['/zh-Hans', 'Tab 键停在每行', '重置'],
  ])('in %s, indexes what the pages say, not their controls, key hints or chart ticks', async (prefix, hint, reset) => {
    const response = await fetch(`${baseUrl}${prefix}/search-index.json`);
    const index = await response.text();
    expect(index).toContain('MobileNetV1');
    // in every table's caption and toolbar, these words ran into the excerpts of most results
    expect(index).not.toContain(hint);
    expect(index).not.toContain(`"${reset}"`);
    expect(index).not.toMatch(new RegExp(`${reset}(下载|Download)`));
    // a chart's ticks, read one after another, made runs of digits no figure has ("…Pascal VOC747576777879…");
    // a commit hash is hex, digits among its letters
    expect(index).not.toMatch(/(?<![0-9a-f])\d{10,}(?![0-9a-f])/);
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
