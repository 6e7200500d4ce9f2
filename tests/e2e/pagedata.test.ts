/**
 * Each page carries only its own data: nothing of the zoo rides in main.js (global data), and a
 * table page's scripts hold its own rows (and the rows they point at), not the rest of the zoo.
 * The browser reads the verification records the build computed; it never loads verify().
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dataZoo, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const zoo = dataZoo();

/**
 * The text of every script a page view loads for itself, React running (the pointer moved at
 * once); then, if given, what a reader does next, and the scripts that brought.
 */
async function scriptsOf(
  pathname: string,
  then?: (page: Page) => Promise<void>,
): Promise<{ view: Map<string, string>; after: Map<string, string> }> {
  const page = await browser().newPage();
  let reads: Promise<[string, string]>[] = [];
  page.on('response', (response) => {
    // Prefetches of the pages that links lead to are not this page's data.
    const prefetch = (response.request().headers()['sec-purpose'] ?? '').includes('prefetch');
    if (response.url().endsWith('.js') && !prefetch) reads.push(response.text().then((text) => [response.url(), text]));
  });
  await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
  await page.mouse.move(10, 10);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const view = new Map(await Promise.all(reads));
  reads = [];
  await then?.(page);
  const after = new Map(await Promise.all(reads));
  await page.close();
  return { view, after };
}

const textOf = (scripts: Map<string, string>) => [...scripts.values()].join('\n');

describe('page data', () => {
  it('main.js carries no row of the zoo', async () => {
    const { view } = await scriptsOf('/data-files');
    const main = [...view].find(([url]) => /\/main\.[0-9a-f]+\.js$/.test(url));
    expect(main, 'main.js was loaded').toBeDefined();
    for (const row of zoo.tables.flatMap((t) => t.rows)) expect(main?.[1].includes(`"${row.id}"`), row.id).toBe(false);
  });

  // The overview counts the zoo, /data-files lists its tables, /upstream maps anchors: none shows a
  // row, in either language (each locale's page imports its data on its own: docs/ and i18n/).
  const counted = { en: /9\s+tables with 85\s+rows/, 'zh-Hans': /9\s*张表、85\s*行/ };
  it.each([
    ['/', 'en'],
    ['/data-files', 'en'],
    ['/upstream', 'en'],
    ['/zh-Hans/', 'zh-Hans'],
    ['/zh-Hans/data-files', 'zh-Hans'],
    ['/zh-Hans/upstream', 'zh-Hans'],
  ] as const)('%s loads no row of the zoo, only what it names', async (pathname, locale) => {
    const page = pathname.replace(/^\/zh-Hans/, '') || '/';
    const { view } = await scriptsOf(pathname, async (reader) => {
      // React running, the page still says what it says without JavaScript.
      if (page === '/') await expect.poll(() => reader.textContent('main')).toMatch(counted[locale]);
      if (page === '/data-files')
        await expect
          .poll(() => reader.locator('main table tbody th').allTextContents())
          .toContain(zoo.tables.find((t) => t.id === 'prune-coco')?.title[locale]);
      if (page === '/upstream')
        await expect.poll(() => reader.locator('main li code').allTextContents()).toContain('#测试环境');
    });
    const text = textOf(view);
    for (const row of zoo.tables.flatMap((t) => t.rows)) expect(text.includes(`"${row.id}"`), row.id).toBe(false);
  });

  // The site shows no highlighted code (src/theme/CodeBlock, src/plugins/lean-bundle): Prism, whose
  // grammars cost a phone ~100 ms at start-up, is in no page's scripts. Nor is tslib (4 KB gzipped),
  // which Docusaurus's utils-common brought into main.js for one helper.
  it.each(['/', '/pruning', '/data-files', '/models/mobilenetv1-voc'])(
    '%s loads neither Prism nor tslib',
    async (pathname) => {
      const { view } = await scriptsOf(pathname);
      expect(view.size).toBeGreaterThan(2);
      for (const [url, text] of view) {
        expect(/\bDFS:function|\btokenize:function/.test(text), url).toBe(false);
        expect(text, url).not.toContain('__addDisposableResource');
      }
    },
  );

  // Infima's components and utilities that nothing here names are not in the stylesheet every page
  // loads (src/plugins/lean-bundle/unusedInfima.ts), all of their rules; the theme's own are.
  it.each(['/pruning', '/zh-Hans/pruning'])("%s's stylesheet has none of Infima's unused rules", async (pathname) => {
    const html = await (await fetch(`${baseUrl}${pathname}`)).text();
    const href = html.match(/<link[^>]+href=["']?([^"' >]+\.css)/)?.[1];
    expect(href, 'a stylesheet').toBeDefined();
    const css = await (await fetch(new URL(href ?? '', `${baseUrl}${pathname}`))).text();
    const rules = (cls: string) => new RegExp(`\\.${cls}(?![\\w-])[^{]*\\{`).test(css);
    for (const cls of [
      'tabs__item',
      'avatar__photo',
      'card__body',
      'pills__item',
      'pagination__link',
      'margin-top--xl',
    ])
      expect(rules(cls), cls).toBe(false);
    for (const cls of ['navbar__brand', 'button--secondary', 'pagination-nav__link', 'margin-vert--lg', 'hero__title'])
      expect(rules(cls), cls).toBe(true);
  });

  it('/quantization loads its own rows, and of the others only those its rows name as baseline or teacher', async () => {
    const text = textOf((await scriptsOf('/quantization')).view);
    const own = zoo.tables.filter((t) => t.page === 'quantization').flatMap((t) => t.rows);
    const named = new Set(own.flatMap((r) => [r.baseline, r.teacher?.row].filter(Boolean)));
    const loaded = (ids: string[]) => ids.filter((id) => text.includes(`"${id}"`));
    expect(loaded(own.map((r) => r.id))).toHaveLength(own.length);
    const others = zoo.tables.filter((t) => t.page !== 'quantization').flatMap((t) => t.rows.map((r) => r.id));
    expect(loaded(others).filter((id) => !named.has(id))).toEqual([]);
  });

  it('a table page reads the records computed at build and loads none of the arithmetic that computes them', async () => {
    const text = textOf((await scriptsOf('/pruning')).view);
    // Its records are there (the sensity 608 row's GFLOPs delta, whose cell shows its outcome)…
    expect(text).toContain('prune-coco-resnet50-vd-dcn-sensity-608.gflops');
    // …and not src/data/rational.ts, which verify() needs (its error message survives minifying).
    expect(text).not.toContain('division by zero');
  });

  it('a page carries its prose in its own locale only', async () => {
    const point = zoo.tables.find((t) => t.id === 'prune-coco')?.summary[0]?.text;
    // An English phrase of the first summary point, and the same point's in the Chinese build.
    const english = 'so one set of weights can be evaluated at several input sizes';
    expect(point?.en).toContain(english);
    expect(point?.['zh-Hans']).toBeDefined();
    expect(textOf((await scriptsOf('/pruning')).view)).toContain(english);
    // The Chinese page shows its point in Chinese, React running, from data with no English prose.
    const { view } = await scriptsOf('/zh-Hans/pruning', async (page) => {
      const first = page.locator('[data-summary-for="prune-coco"] li').first();
      expect(await first.textContent()).toContain('随机缩放尺寸');
    });
    const zh = textOf(view);
    expect(zh).not.toContain(english);
    expect(zh).toContain('prune-coco-resnet50-vd-dcn-sensity-608');
  });

  it('a table page fetches the proofs of its explanations when a reader first opens one, not before', async () => {
    // The interval that rounding allows for sensity 608's GFLOPs delta (−16.06 %): only its proof holds it.
    const interval = '-16.0796%';
    const { view, after } = await scriptsOf('/pruning', async (page) => {
      const cell = page.locator('#prune-coco-resnet50-vd-dcn-sensity-608 td').nth(1);
      await cell.locator('button').hover();
      await expect
        .poll(() => page.locator('[data-tip="prune-coco-resnet50-vd-dcn-sensity-608.gflops"]').textContent())
        .toContain(`${interval} … -16.0385%`);
    });
    expect(textOf(view)).not.toContain(interval);
    expect(textOf(after)).toContain(interval);
    // one file, the page's own: no other page's proofs (a VOC row of the quantization page)
    expect(after.size).toBe(1);
    expect(textOf(after)).not.toContain('quant-voc-');
  });
});

/** The paths of the `<link rel=prefetch>` Docusaurus has added to the page. */
function prefetchedPaths(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel=prefetch]')].map((l) => new URL(l.href).pathname),
  );
}

/** The names of the scripts a page view loads for itself (scriptsOf: not what it prefetches). */
async function scriptNames(pathname: string): Promise<Set<string>> {
  const { view } = await scriptsOf(pathname);
  return new Set([...view.keys()].map((url) => new URL(url).pathname.split('/').pop() ?? url));
}

/** A page view on a phone, React running (the pointer moved at once); its context closes even on failure. */
async function onPhone(pathname: string, then: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10);
    await then(page);
  } finally {
    await context.close();
  }
}

// Docusaurus prefetches the page a link leads to once the link is in view (src/clientModules/prefetchByPath).
describe('prefetching the pages that links lead to', () => {
  it('a phone reading /pruning to its end prefetches the errata page its 17 marks lead to, once', async () => {
    await onPhone('/pruning', async (page) => {
      // Down the page a screen at a time, so that every link comes into view, each erratum mark too.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += 700) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(30);
      }
      // Prefetches wait for an idle moment (at most 2 s): one asked for now runs after all of them.
      await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 3000 })));
      await page.waitForLoadState('networkidle');
      // The errata page's own scripts (those /pruning does not load): its content is prefetched, and
      // nothing of it twice. The marks' links are a phone's only way there in view (its navbar links
      // are folded away). Scripts its content imports in turn (the zoo's data) wait for a visit.
      const prefetched = await prefetchedPaths(page);
      const pruning = await scriptNames('/pruning');
      const errata = [...(await scriptNames('/errata'))].filter((name) => !pruning.has(name));
      const times = errata.map((name) => prefetched.filter((p) => p.endsWith(`/${name}`)).length);
      expect(times).toContain(1);
      expect(Math.max(...times)).toBe(1);
    });
  });

  it('waits for an idle moment: a link coming into view adds no prefetch in the same task', async () => {
    await onPhone('/pruning', async (page) => {
      await page.waitForTimeout(500);
      // A page no link in a phone's first screen leads to: nothing of it is prefetched yet.
      const pruning = await scriptNames('/pruning');
      const upstream = [...(await scriptNames('/upstream'))].filter((name) => !pruning.has(name));
      const fetched = async () =>
        (await prefetchedPaths(page)).filter((p) => upstream.includes(p.split('/').pop() ?? ''));
      expect(upstream.length).toBeGreaterThan(0);
      expect(await fetched()).toEqual([]);
      // What Docusaurus's links call when one comes into view (a sort's row moves, a scroll).
      const addedAtOnce = await page.evaluate(() => {
        const count = () => document.querySelectorAll('link[rel=prefetch]').length;
        const before = count();
        window.docusaurus.prefetch('/upstream#quantization');
        return count() - before;
      });
      expect(addedAtOnce).toBe(0);
      await expect.poll(async () => (await fetched()).length).toBeGreaterThan(0);
    });
  });

  // On a laptop the navbar's Errata link has prefetched that page already.
  it('a sort that brings erratum marks into view prefetches nothing more', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/pruning`, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10);
    await page.waitForTimeout(500);
    const count = () => page.evaluate(() => document.querySelectorAll('link[rel=prefetch]').length);
    const marksInView = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('#prune-coco a[id^="ref-"]')].filter((mark) => {
            const box = mark.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          }).length,
      );
    const sort = page.locator('#prune-coco thead th:nth-child(4) button').first();
    await sort.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(await marksInView()).toBe(0);
    const before = await count();
    // Model size, smallest first: the r578 rows, whose size deltas carry erratum marks, come to the top.
    await sort.click();
    await expect.poll(() => page.getAttribute('#prune-coco thead th:nth-child(4)', 'aria-sort')).toBe('ascending');
    await page.waitForTimeout(500);
    expect(await marksInView()).toBeGreaterThan(0);
    expect(await count()).toBe(before);
    await page.close();
  });
});
