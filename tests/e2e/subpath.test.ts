/**
 * The site published under a sub-path, as a GitHub project page is: a copy of the project built
 * with BASE_URL=/zoo/ and SITE_URL=https://example.org, served under /zoo/ by `docusaurus serve`
 * (which sends anything outside /zoo/ back to /zoo/, so every request below is also checked to
 * stay inside it). A focused subset of the browser suite: each kind of address once.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, ROOT } from '../projectCopy';
import { launch, reactRunning, watch } from './browser';
import { serveBuild } from './server';
import { sitemapEntries } from './sitemap';

const ENV = { BASE_URL: '/zoo/', SITE_URL: 'https://example.org' };
const SITE = 'https://example.org/zoo';
// Recorded in the copy's data/permalinks.json: one anchor moved within its page, one to another page.
const MOVED_HERE = ['prune-coco-old-name', 'prune-coco-mobilenetv1-r578-608'] as const;
const MOVED_AWAY = ['prune-coco-gone', 'distill-coco-mobilenetv1-split-distiil-416'] as const;
// And a whole page moved (its old address gets a page that sends the reader on).
const MOVED_PAGE = ['/models/old-page', '/pruning'] as const;

let dir: string;
let origin: string;
let stop: (() => void) | undefined;
let browser: Browser;

beforeAll(async () => {
  dir = copyProject('zoo-subpath-');
  const file = path.join(dir, 'data/permalinks.json');
  const permalinks = JSON.parse(fs.readFileSync(file, 'utf8'));
  permalinks.moved = {
    [`/pruning#${MOVED_HERE[0]}`]: `/pruning#${MOVED_HERE[1]}`,
    [`/pruning#${MOVED_AWAY[0]}`]: `/distillation#${MOVED_AWAY[1]}`,
    [MOVED_PAGE[0]]: MOVED_PAGE[1],
  };
  fs.writeFileSync(file, `${JSON.stringify(permalinks, null, 2)}\n`);
  const built = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...ENV },
    },
  );
  if (built.status !== 0) throw new Error(`the /zoo/ build failed:\n${`${built.stdout}${built.stderr}`.slice(-3000)}`);
  const served = await serveBuild(dir, ROOT, { env: ENV });
  origin = served.baseUrl;
  stop = served.stop;
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  stop?.();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A page whose every request must stay under /zoo/ and succeed. */
async function open(url: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const watched = watch(page);
  const outside: string[] = [];
  page.on('request', (r) => {
    const at = new URL(r.url());
    if (at.origin === origin && !at.pathname.startsWith('/zoo/')) outside.push(at.pathname);
  });
  await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
  return { page, watched, outside, close: () => context.close() };
}

async function get(url: string) {
  const response = await fetch(`${origin}${url}`, { redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

const landed = (page: Page, id: string) =>
  page.locator(`[id="${id}"]`).evaluate((e) => e.classList.contains('zoo-landed'));

describe('under /zoo/', () => {
  it.each([
    ['/zoo/pruning', 'Pruned models'],
    ['/zoo/zh-Hans/pruning', '剪裁'],
  ])('%s renders, runs React and sorts, with every request inside /zoo/', async (url, title) => {
    const { page, watched, outside, close } = await open(url);
    expect(await page.locator('h1').textContent()).toContain(title);
    await expect.poll(() => reactRunning(page)).toBe(true);
    await page.locator('#prune-coco thead th:nth-child(3) button').first().click();
    await expect.poll(() => page.locator('#prune-coco thead th:nth-child(3)').getAttribute('aria-sort')).not.toBe(null);
    expect(page.url()).toContain(`${origin}${url}?`);
    expect(outside).toEqual([]);
    expect(watched.problems).toEqual([]);
    await close();
  });

  it('a row link lands on its row, and its copy link gives the /zoo/ address', async () => {
    const id = 'prune-coco-mobilenetv1-r578-608';
    const { page, outside, close } = await open(`/zoo/pruning#${id}`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await expect.poll(() => landed(page, id)).toBe(true);
    await page.locator(`#${id} th a`).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/zoo/pruning#${id}`);
    expect(outside).toEqual([]);
    await close();
  });

  it('a link to an anchor that moved within its page lands on the row, with or without JavaScript', async () => {
    const { page, close } = await open(`/zoo/pruning#${MOVED_HERE[0]}`);
    await expect.poll(() => landed(page, MOVED_HERE[1])).toBe(true);
    await close();
    const plain = await open(`/zoo/pruning#${MOVED_HERE[0]}`, { javaScriptEnabled: false });
    const top = await plain.page.locator(`tr#${MOVED_HERE[1]}`).evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(800);
    await plain.close();
  });

  it.each([
    ['', 'en'],
    ['zh-Hans/', 'zh-Hans'],
  ])('a link to an anchor that moved to another page follows it, in /zoo/%s', async (locale) => {
    const { page, outside, close } = await open(`/zoo/${locale}pruning#${MOVED_AWAY[0]}`);
    await page.waitForURL(`${origin}/zoo/${locale}distillation#${MOVED_AWAY[1]}`);
    await expect.poll(() => landed(page, MOVED_AWAY[1])).toBe(true);
    expect(outside).toEqual([]);
    await close();
  });

  it.each([
    ['', 'en'],
    ['zh-Hans/', 'zh-Hans'],
  ])('a page that moved sends the reader on, its anchor kept, in /zoo/%s', async (locale) => {
    const id = 'prune-coco-mobilenetv1-r578-608';
    const { page, outside, close } = await open(`/zoo/${locale}${MOVED_PAGE[0].slice(1)}#${id}`);
    await page.waitForURL(`${origin}/zoo/${locale}${MOVED_PAGE[1].slice(1)}#${id}`);
    await expect.poll(() => landed(page, id)).toBe(true);
    expect(outside).toEqual([]);
    await close();
  });

  it('an upstream anchor on /upstream is sent to its section', async () => {
    const { page, close } = await open(`/zoo/upstream#${encodeURIComponent('测试环境')}`);
    await page.waitForURL(`${origin}/zoo/#test-environment`);
    await close();
  });

  it('the data files are served under /zoo/data/, their rows linking to /zoo/ pages', async () => {
    const table = await get('/zoo/data/prune-coco.json');
    expect(table.status).toBe(200);
    const rows = (JSON.parse(table.text) as { rows: { id: string; url: string }[] }).rows;
    expect(rows[0]?.url).toBe(`${SITE}/pruning#${rows[0]?.id}`);
    const csv = await get('/zoo/data/prune-coco.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(`,${SITE}/pruning#prune-coco-mobilenetv1-r578-608`);
    expect((await get('/zoo/data/verification.json')).status).toBe(200);
  });

  it('the data-files page links to files that exist', async () => {
    const { page, close } = await open('/zoo/data-files');
    const hrefs = await page
      .locator('main a[href*="/data/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/zoo\/data\//);
      expect((await get(href as string)).status, href as string).toBe(200);
    }
    await close();
  });

  it('"download this view" links each row to its /zoo/ page', async () => {
    const { page, close } = await open('/zoo/pruning?prune-coco.strategy=r578', { acceptDownloads: true });
    await expect.poll(() => page.locator('#prune-coco tbody tr:visible').count()).toBe(4);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-benchmark="prune-coco"]').getByRole('button', { name: 'Download this view (CSV)' }).click(),
    ]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text).toContain(`,${origin}/zoo/pruning#prune-coco-mobilenetv1-r578-608`);
    await close();
  });

  it('search finds a model and links into /zoo/', async () => {
    const { page, outside, close } = await open('/zoo/search?q=MobileNetV1');
    const links = page.locator('main article h2 a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/zoo\//);
    }
    expect(outside).toEqual([]);
    await close();
  });

  it.each([
    ['', 'en'],
    ['zh-Hans/', 'zh-Hans'],
  ])('the sitemap under /zoo/%s lists /zoo/ addresses, each paired with its twin', async (prefix, lang) => {
    const { status, text } = await get(`/zoo/${prefix}sitemap.xml`);
    expect(status).toBe(200);
    const entries = sitemapEntries(text);
    expect(entries.length).toBeGreaterThan(15);
    for (const { loc, alternates } of entries) {
      const page = loc.slice(`${SITE}/${prefix}`.length);
      expect(alternates).toEqual({
        en: `${SITE}/${page}`,
        'zh-Hans': `${SITE}/zh-Hans/${page}`,
        'x-default': `${SITE}/${page}`,
      });
      expect(alternates[lang]).toBe(loc);
    }
    expect((await get('/zoo/robots.txt')).text).toContain(`Sitemap: ${SITE}/zh-Hans/sitemap.xml`);
  });

  it('a page names its canonical /zoo/ address and its twin in the other language', async () => {
    const { text } = await get('/zoo/zh-Hans/quantization');
    expect(text).toMatch(new RegExp(`<link[^>]*rel=canonical href=${SITE}/zh-Hans/quantization[ >]`));
    expect(text).toMatch(new RegExp(`rel=alternate href=${SITE}/quantization hreflang=en `));
    expect(text).toMatch(new RegExp(`rel=alternate href=${SITE}/zh-Hans/quantization hreflang=zh-Hans `));
  });

  it('an unknown address answers 404 with a page whose links lead back into /zoo/', async () => {
    expect((await get('/zoo/no-such-page')).status).toBe(404);
    const { page, outside, close } = await open('/zoo/no-such-page');
    await page.getByRole('link', { name: /Pruning tables/ }).click();
    await page.waitForURL(`${origin}/zoo/pruning`);
    // The address changes before React has rendered the new page: wait for the table, not the URL.
    await page.locator('table#prune-coco').waitFor({ timeout: 10_000 });
    expect(outside).toEqual([]);
    await close();
  });
});
