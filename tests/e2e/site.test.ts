/**
 * The built site, as a reader gets it: every page in both locales shows every
 * table's rows and download links as in data/, with no console error, no
 * hydration warning, and nothing fetched from anywhere but the site itself.
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/data/schemas';
import { dataZoo, PHONE, reactRunning, sharedBrowser, watch } from './browser';

const baseUrl = inject('baseUrl');
const zoo = dataZoo();

const LOCALES: { locale: Locale; prefix: string }[] = [
  { locale: 'en', prefix: '' },
  { locale: 'zh-Hans', prefix: '/zh-Hans' },
];
const PAGES = [
  '/',
  '/pruning',
  '/distillation',
  '/quantization',
  '/charts',
  '/errata',
  '/data-files',
  '/upstream',
  '/models',
  '/models/mobilenetv1-voc',
];

const browser = sharedBrowser();

async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const page = await browser().newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const watched = watch(page);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, watched };
}

/** Each row of a table as the browser shows it: id, cell texts, download href. */
function readTable(page: Page, id: string) {
  return page.$$eval(`table#${id} > tbody > tr`, (trs) =>
    trs.map((tr) => ({
      id: tr.id,
      cells: [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''),
      href: tr.querySelector('a[href^="https://"]')?.getAttribute('href') ?? null,
    })),
  );
}

describe.each(LOCALES)('the site in $locale', ({ locale, prefix }) => {
  it.each(PAGES)('%s shows its tables as in data/, silently', async (path) => {
    const { page, watched } = await open(`${prefix}${path}`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    const slug = path.slice(1);
    const tables = zoo.tables.filter((t) => t.page === slug);
    expect(await page.$$eval('table[id]', (ts) => ts.map((t) => t.id))).toEqual(tables.map((t) => t.id));

    for (const table of tables) {
      expect(await page.locator(`table#${table.id} caption`).textContent()).toContain(table.title[locale]);
      const shown = await readTable(page, table.id);
      expect(shown.map((r) => r.id)).toEqual(table.rows.map((r) => r.id));
      table.rows.forEach((row, i) => {
        const cells = shown[i]?.cells ?? [];
        expect(shown[i]?.href ?? null, row.id).toBe(row.download ?? null);
        table.columns.forEach((column, c) => {
          if (!('metric' in column)) return;
          const figure = row.cells[column.metric];
          const text = cells[c] ?? '';
          if (figure === null || figure === undefined) expect(text, `${row.id} ${column.metric}`).toMatch(/^–/);
          else
            expect(
              text.startsWith(figure.delta ? `${figure.value}(${figure.delta})` : figure.value),
              `${row.id} ${column.metric}: ${text}`,
            ).toBe(true);
        });
      });
    }
    expect(watched.problems).toEqual([]);
    expect([...watched.hosts]).toEqual([new URL(baseUrl).host]);
    await page.close();
  });
});

describe('once React runs', () => {
  // A block that React swaps at the top of an article, after the page has shown, makes the browser
  // restyle the whole article (the theme's `header + *` rule), every table cell included: on a phone,
  // tens of milliseconds of a reader's first scroll. The theme's code blocks did this (they mount
  // again once React runs; src/theme/CodeBlock replaces them). Watched from the moment the page is
  // parsed, before React's scripts run.
  it.each(PAGES)('%s keeps the blocks of its article in place', async (path) => {
    const page = await browser().newPage(PHONE);
    await page.addInitScript(() => {
      const w = window as unknown as { swapped: string[] };
      w.swapped = [];
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const article = document.querySelector('.theme-doc-markdown') ?? document.querySelector('main');
        if (!article) return;
        new MutationObserver((changes) => {
          for (const change of changes)
            for (const node of change.removedNodes)
              w.swapped.push(node instanceof Element ? `<${node.localName} class="${node.className}">` : '#text');
        }).observe(article, { childList: true });
      });
    });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10);
    await expect.poll(() => reactRunning(page)).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { swapped: string[] }).swapped)).toEqual([]);
    await page.close();
  });
});

describe('the navbar', () => {
  // From 997 px up the links, language menu, theme switch and search box share one bar; the
  // search box made them overlap on laptop-sized windows before the theme tightened them there.
  it.each([
    ['', 997],
    ['', 1050],
    ['', 1100],
    ['', 1280],
    ['/zh-Hans', 997],
    ['/zh-Hans', 1280],
  ])('in "%s" at %i px has nothing drawn over anything else', async (prefix, width) => {
    const { page } = await open(`${prefix}/pruning`, { width });
    const gaps = await page.evaluate(() => {
      const items = [
        document.querySelector('.navbar__brand'),
        ...document.querySelectorAll('.navbar__items:not(.navbar__items--right) > .navbar__item'),
        ...document.querySelectorAll('.navbar__items--right > *'),
      ];
      const boxes = items.flatMap((e) => (e ? [e.getBoundingClientRect()] : [])).filter((b) => b.width > 0);
      return boxes.slice(1).map((b, i) => Math.round(b.left - (boxes[i] as DOMRect).right));
    });
    expect(gaps.length).toBeGreaterThan(8);
    expect(gaps.filter((g) => g < 0)).toEqual([]);
    await page.close();
  });
});

/** The navbar's colour-mode switch: the last titled button that draws an icon. */
const themeSwitch = (page: Page) =>
  page
    .locator('nav.navbar button[title]')
    .filter({ has: page.locator('svg') })
    .last();

describe('the Chinese pages', () => {
  // Text put together from parts (a column name in a sentence, a link in a paragraph, a note after
  // a figure) must read as Chinese: spaces only between Chinese and Latin words (src/lib/spacing.ts).
  it.each(PAGES)(
    '/zh-Hans%s has no space between Chinese words or beside full-width marks, and no ASCII stop after Chinese',
    async (path) => {
      const { page, watched } = await open(`/zh-Hans${path}`);
      await page.mouse.move(10, 10);
      await expect.poll(() => reactRunning(page)).toBe(true);
      const slips = await page.evaluate(() => {
        const full = '\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b\uff01\uff1f';
        const slip = new RegExp(
          `\\p{Script=Han} +\\p{Script=Han}|[ \u00a0][${full}]|[${full}][ \u00a0]|\\p{Script=Han}[.,:;!?](?=\\s|$)`,
          'u',
        );
        const main = document.querySelector('main') ?? document.body;
        const named = [...main.querySelectorAll('[aria-label], [title]')].flatMap((e) => [
          e.getAttribute('aria-label') ?? '',
          e.getAttribute('title') ?? '',
        ]);
        // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, a line per block, is what is read
        return [main.innerText, ...named].flatMap((text) => text.split('\n')).filter((line) => slip.test(line));
      });
      expect(slips).toEqual([]);
      expect(watched.problems).toEqual([]);
      await page.close();
    },
  );

  it("names each heading's link with the heading in quotes, so a Latin word ending it needs no space", async () => {
    const { page } = await open('/zh-Hans/pruning');
    const links = await page.$$eval('main h2 a.hash-link, main h3 a.hash-link', (as) =>
      as.map((a) => [a.getAttribute('aria-label'), a.parentElement?.textContent?.replace(/\u200b/g, '').trim()]),
    );
    expect(links.length).toBeGreaterThan(3);
    // "COCO 上的 YOLOv3的直接链接" read as one word; quoted, it reads as the heading's name
    for (const [name, heading] of links) expect(name).toBe(`“${heading}”的直接链接`);
    await page.close();
  });

  it("a mistyped Chinese address, answered with the host's one (English) 404 page, says in Chinese where the Chinese pages start", async () => {
    const page = await browser().newPage();
    // docusaurus serve, like GitHub Pages, answers every unknown address with the root 404.html
    const response = await page.goto(`${baseUrl}/zh-Hans/pruning-old`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    await page.mouse.move(10, 10);
    await expect.poll(() => reactRunning(page)).toBe(true);
    const note = page.locator('main [lang="zh-Hans"]');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain('中文首页');
    expect(await note.locator('a').getAttribute('href')).toBe('/zh-Hans/');
    // an English reader's mistyped address gets no such note
    await page.goto(`${baseUrl}/pruning-old`, { waitUntil: 'networkidle' });
    await page.mouse.move(20, 20);
    await expect.poll(() => reactRunning(page)).toBe(true);
    expect(await page.locator('main [lang="zh-Hans"]').count()).toBe(0);
    // React keeps the page's own title (the theme's docs layout set none: the site's name alone)
    expect(await page.title()).toBe('Page Not Found | PaddleDetection Compression Zoo');
    await page.close();
  });

  it('names each chart mark with Chinese punctuation', async () => {
    const { page } = await open('/zh-Hans/charts');
    const names = await page.$$eval('figure svg a[aria-label]', (marks) =>
      marks.map((m) => m.getAttribute('aria-label')),
    );
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      expect(name).toMatch(/^[^：]+：[^，]+，[^，]+$/);
      // a unit keeps its brackets, "Box AP (%)" (GLOSSARY), but the point's own marks are full-width
      expect(name).not.toMatch(/[:,]|\(Pareto/);
    }
    await page.close();
  });
});

describe('the navbar of a Chinese page', () => {
  /** The names a screen reader reads and the tooltips a pointer shows in the navbar, its phone menu included, with no Chinese in them. */
  const english = (page: Page) =>
    page.$$eval('nav.navbar [aria-label], nav.navbar [title], nav.navbar [placeholder]', (elements) =>
      elements
        .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''))
        // Latin words and no Chinese; "English" is the other language's own name, in the language menu.
        .filter((text) => /[A-Za-z]{3}/.test(text) && !/[\u3400-\u9fff]/.test(text) && text !== 'English'),
    );

  it('names its controls in Chinese, at 1280 px, before and after the search code arrives, in each colour mode', async () => {
    const { page } = await open('/zh-Hans/pruning');
    await expect.poll(() => reactRunning(page)).toBe(true);
    const toggle = themeSwitch(page);
    const found = [...(await english(page))];
    // the theme switch names the mode it is in: system, light and dark, one after the other
    for (let i = 0; i < 3; i++) {
      await toggle.click();
      found.push(...(await english(page)));
    }
    await page.locator('input.navbar__search-input').hover();
    await expect.poll(() => page.locator('nav.navbar [data-stand-in]').count()).toBe(0);
    found.push(...(await english(page)));
    expect(await page.locator('input.navbar__search-input').getAttribute('aria-label')).toBe('搜索');
    expect(found).toEqual([]);
    await page.close();
  });

  it('names its controls in Chinese on a phone, with the menu open and the language list expanded', async () => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}/zh-Hans/pruning`, { waitUntil: 'networkidle' });
    await expect.poll(() => reactRunning(page)).toBe(true);
    await page.locator('button.navbar__toggle').click();
    // a doc page's menu opens on the doc's sidebar; the language list is in the main menu
    await page.locator('.navbar-sidebar__back').click();
    const caret = page.locator('.navbar-sidebar button.menu__caret').first();
    const found = [...(await english(page))];
    await caret.click();
    await expect.poll(() => caret.getAttribute('aria-expanded')).toBe('true');
    found.push(...(await english(page)));
    expect(found).toEqual([]);
    await page.close();
  });
});

describe('reading the zoo', () => {
  it('renders the delta formulas as MathML the browser lays out itself, with no font to fetch', async () => {
    const { page, watched } = await open('/');
    const formulas = page.locator('article math[display="block"]');
    expect(await formulas.count()).toBeGreaterThanOrEqual(2);
    // A fraction really is laid out as one (numerator above denominator), not as a line of text.
    const stacked = await formulas.first().evaluate((math) => {
      const frac = math.querySelector('mfrac');
      if (frac?.children.length !== 2) return false;
      const [top, bottom] = [...frac.children].map((c) => c.getBoundingClientRect());
      return (top as DOMRect).bottom <= (bottom as DOMRect).top + 1;
    });
    expect(stacked).toBe(true);
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  // Only the overview's data holds these (src/data/pageZoo.ts › provenance): the other pages leave them out.
  it.each(LOCALES)(
    'the overview in $locale names the upstream commit and the whole test environment, once React runs',
    async ({ prefix }) => {
      const { page, watched } = await open(`${prefix}/`);
      await page.mouse.move(10, 10);
      await expect.poll(() => reactRunning(page)).toBe(true);
      const text = (await page.locator('article').textContent()) ?? '';
      expect(text).toContain(zoo.source.commit);
      expect(zoo.source.testEnvironment.length).toBeGreaterThan(0);
      for (const { name, version } of zoo.source.testEnvironment) expect(text).toContain(`${name} ${version}`);
      expect(watched.problems).toEqual([]);
      await page.close();
    },
  );

  // A table wider than a phone hides its last column behind a sideways scroll few readers find.
  it.each(LOCALES)('in $locale, every table of every page fits a 390 px phone', async ({ prefix }) => {
    for (const path of PAGES) {
      const page = await browser().newPage(PHONE);
      await page.goto(`${baseUrl}${prefix}${path}`, { waitUntil: 'networkidle' });
      // the charts' data, folded away until asked for
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      const wide = await page.$$eval('main table', (tables) =>
        tables.flatMap((table) => {
          const box = (table.closest('[tabindex="0"]') as HTMLElement | null) ?? table;
          const name =
            table.id || table.getAttribute('aria-label') || table.querySelector('caption')?.textContent || '';
          return table.scrollWidth > box.clientWidth + 1 ? [`${name}: ${table.scrollWidth} > ${box.clientWidth}`] : [];
        }),
      );
      expect(wide, path).toEqual([]);
      await page.close();
    }
  });

  it('fits the pruned parameters on a phone, each name whole and breaking only after a dot', async () => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}/pruning`, { waitUntil: 'networkidle' });
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'Pruning ratio' }) });
    const [scrolled, shown] = await table.evaluate((t) => [t.scrollWidth, t.clientWidth]);
    expect(scrolled).toBeLessThanOrEqual(shown);
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toEqual(zoo.strategies.prunedParams);
    // A name breaks only after a dot ("yolo_block.0.0.0." over "conv.weights"), never inside a part:
    // no piece of text between two dots spans two lines.
    const split = await table.locator('tbody th code').evaluateAll((codes) =>
      codes.flatMap((code) => {
        const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
        const broken: string[] = [];
        let lines = new Set<number>();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${code.textContent}: "${node.textContent}"`);
          lines = new Set([...lines, ...tops]);
        }
        return [{ broken, lines: lines.size }];
      }),
    );
    expect(split.flatMap((s) => s.broken)).toEqual([]);
    // and on a phone the names do break: each over two lines at most
    expect(Math.max(...split.map((s) => s.lines))).toBe(2);
    await page.close();
  });

  it("shows upstream's flags whole on a phone, and copies them as written", async () => {
    const context = await browser().newContext(PHONE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/pruning`, { waitUntil: 'networkidle' });
    const block = page.locator('pre', { hasText: '--pruned_params=' });
    const flags = (await block.textContent()) ?? '';
    expect(flags.startsWith('--pruned_params="yolo_block.0.0.0.conv.weights,')).toBe(true);
    expect(flags).toContain('# r578\n--pruned_ratios="0.5,0.5,0.5,0.5,0.5,0.5,0.7,');
    // wrapped to the column: nothing to scroll sideways
    expect(await block.evaluate((pre) => pre.scrollWidth <= pre.clientWidth)).toBe(true);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(flags);
    await expect.poll(() => page.locator('[data-live-region]').textContent()).toBe('Copied');
    await context.close();
  });

  it('switches language from the navbar and stays on the same page', async () => {
    const { page } = await open('/pruning');
    // by keyboard: open the locale menu, then pick Chinese (pointer hover menus animate, which makes
    // clicks on a loaded machine unreliable; the keyboard path is the one every reader can take)
    const toggle = page.getByRole('button', { name: /English/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: '简体中文' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/zh-Hans/pruning`);
    await expect.poll(() => page.locator('table#prune-coco caption').textContent()).toContain('COCO 上的剪裁 YOLOv3');
    await page.close();
  });

  it('keeps the colour mode the reader chose when the language changes', async () => {
    const { page } = await open('/pruning');
    await expect.poll(() => reactRunning(page)).toBe(true);
    const mode = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await mode()).toBe('light');
    // the theme switch goes system → light → dark; the page's system is light
    const toggle = themeSwitch(page);
    for (let i = 0; i < 3 && (await mode()) !== 'dark'; i++) await toggle.click();
    expect(await mode()).toBe('dark');
    await page.goto(`${baseUrl}/zh-Hans/pruning`, { waitUntil: 'networkidle' });
    expect(await mode()).toBe('dark');
    await page.goto(`${baseUrl}/pruning`, { waitUntil: 'networkidle' });
    expect(await mode()).toBe('dark');
    await page.close();
  });

  // Between the phone layout (rows stacked, up to 996 px) and a laptop (every column in view), a
  // window beside the sidebar is narrower than the widest tables: they scroll sideways there.
  it('keeps the model column in view while a wide table scrolls sideways in a narrow window', async () => {
    const { page } = await open('/pruning', { width: 1000 });
    const region = page.getByRole('region', { name: /Inference latency of pruned YOLOv3/ });
    const header = page.locator('#prune-latency-voc-mobilenetv1-r578-608 > th');
    const before = await header.boundingBox();
    const scrolled = await region.evaluate((el) => {
      el.scrollLeft = 400;
      return el.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(100);
    const after = await header.boundingBox();
    expect(after?.x).toBe(before?.x);
    expect(await header.isVisible()).toBe(true);
    await page.close();
  });

  it('can be scrolled by keyboard: the table region takes focus', async () => {
    const { page } = await open('/pruning', { width: 1000 });
    const region = page.getByRole('region', { name: /Inference latency of pruned YOLOv3/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });

  it('shows the tables in the dark theme too', async () => {
    const { page, watched } = await open('/distillation', { colorScheme: 'dark' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const colours = await page.$eval('table#distill-voc', (t) => {
      const better = t.querySelector('[data-direction="better"]') as HTMLElement;
      return { text: getComputedStyle(better).color, background: getComputedStyle(document.body).backgroundColor };
    });
    expect(colours.text).not.toBe(colours.background);
    expect(watched.problems).toEqual([]);
    await page.close();
  });
});
