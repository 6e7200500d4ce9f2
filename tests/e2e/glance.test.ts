/**
 * Read at a glance: at 1280 px every column of every benchmark table is in view; on a 390 px phone
 * a shared row link shows the whole row, and no page pans sideways; one navbar link is lit, the
 * current page's; a table body costs at most two Tab stops a row. Both locales, from the build.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dataZoo, PHONE, reactRunning, sharedBrowser } from './browser';
import { sitemapPaths } from './sitemap';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const zoo = dataZoo();
const LOCALES = [
  ['en', ''],
  ['zh-Hans', '/zh-Hans'],
] as const;
const TABLE_PAGES = [...new Set(zoo.tables.map((t) => `/${t.page}`))];
const LAPTOP = { viewport: { width: 1280, height: 800 } };

describe.each(LOCALES)('at 1280 px in %s', (_locale, prefix) => {
  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it.each(TABLE_PAGES)('every column of every table on %s is in view', async (pathname) => {
      const page = await browser().newPage({ ...LAPTOP, colorScheme: theme });
      await page.goto(`${baseUrl}${prefix}${pathname}`, { waitUntil: 'networkidle' });
      const widths = await page.$$eval('[data-benchmark]', (blocks) =>
        blocks.map((block) => {
          const table = block.querySelector('table') as HTMLTableElement;
          const box = table.parentElement as HTMLElement;
          const last = table.querySelector('thead th:last-child')?.getBoundingClientRect();
          return {
            id: table.id,
            fits: table.scrollWidth <= box.clientWidth && (last?.right ?? 0) <= box.getBoundingClientRect().right,
          };
        }),
      );
      const ids = zoo.tables.filter((t) => `/${t.page}` === pathname).map((t) => t.id);
      expect(widths.map((w) => w.id).sort()).toEqual([...ids].sort());
      expect(widths.filter((w) => !w.fits)).toEqual([]);
      await page.close();
    });
  });
});

describe.each(LOCALES)('table keys in %s', (_locale, prefix) => {
  it.each(TABLE_PAGES)('on %s, each table’s key names every direction mark its deltas use', async (pathname) => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${prefix}${pathname}`);
    const unexplained = await page.$$eval('[data-benchmark] table', (tables) =>
      tables.flatMap((table) => {
        const key = table.querySelector('caption')?.textContent ?? '';
        const used = new Set(
          [...table.querySelectorAll('tbody [data-direction] [role="img"]')].map((g) => g.textContent ?? ''),
        );
        return [...used].filter((mark) => !key.includes(mark)).map((mark) => `${table.id}: ${mark}`);
      }),
    );
    expect(unexplained).toEqual([]);
    await context.close();
  });
});

describe('Chinese punctuation', () => {
  it.each(TABLE_PAGES)(
    'on /zh-Hans%s, the errata notes and summaries set commas, colons and full stops full-width, with no space after them or before a bracket',
    async (pathname) => {
      const context = await browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/zh-Hans${pathname}`);
      const texts = await page.$$eval('[data-benchmark] ol li, [data-summary-for] li', (lis) =>
        lis.map((li) => li.textContent ?? ''),
      );
      expect(texts.length).toBeGreaterThan(0);
      // an English comma or colon after a row's name, a space after a full stop or around a bracket
      const wrong = texts.filter((t) => /[,:]\s|[。：，]\s|\s[（）]/.test(t));
      expect(wrong).toEqual([]);
      await context.close();
    },
  );
});

describe.each(LOCALES)('the errata page on a 390 px phone in %s', (_locale, prefix) => {
  it('prints each figure on one line, under its label, at the page’s full width', async () => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}${prefix}/errata`, { waitUntil: 'networkidle' });
    const facts = await page.$$eval('main ol dl', (dls) =>
      dls.flatMap((dl) =>
        [...dl.querySelectorAll('dd')].map((dd) => ({
          split: [...dd.querySelectorAll('code')]
            .filter((c) => c.getClientRects().length > 1)
            .map((c) => c.textContent),
          // the value starts where its label does, below it: not squeezed into a column beside it
          under: dd.getBoundingClientRect().left - (dd.previousElementSibling?.getBoundingClientRect().left ?? 0),
          width: dd.getBoundingClientRect().width,
        })),
      ),
    );
    expect(facts.length).toBeGreaterThan(20);
    expect(facts.flatMap((f) => f.split)).toEqual([]);
    for (const f of facts) {
      expect(Math.abs(f.under)).toBeLessThan(1);
      expect(f.width).toBeGreaterThan(250);
    }
    await page.close();
  });
});

/** Every part of the row that a reader needs, and whether each lies inside the viewport below the navbar. */
function rowOutOfView(page: Page, rowId: string) {
  return page.evaluate((id) => {
    const row = document.getElementById(id);
    if (!row) return [`no row ${id}`];
    const navbar = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
    const parts = row.querySelectorAll('th, td, [data-direction], a[href^="/errata"], a[href$=".tar"]');
    const out: string[] = [];
    for (const part of parts) {
      const r = part.getBoundingClientRect();
      if (r.top < navbar - 1 || r.bottom > innerHeight + 1 || r.left < -1 || r.right > innerWidth + 1) {
        out.push(`${part.tagName} "${part.textContent?.slice(0, 30)}" at ${Math.round(r.top)}–${Math.round(r.bottom)}`);
      }
    }
    return out;
  }, rowId);
}

describe('on a 390 px phone', () => {
  // Every row in English; in Chinese, the first and last row of every table (the labels differ, the layout not).
  const links = LOCALES.flatMap(([locale, prefix]) =>
    zoo.tables.flatMap((t) =>
      (locale === 'en' ? t.rows : [t.rows[0], t.rows.at(-1)]).flatMap((r) =>
        r ? [[`${prefix}/${t.page}#${r.id}`, r.id] as const] : [],
      ),
    ),
  );
  it.each(links)(
    'a shared link %s shows the whole row: figures, deltas, errata marks, download',
    async (link, rowId) => {
      const page = await browser().newPage(PHONE);
      await page.goto(`${baseUrl}${link}`, { waitUntil: 'networkidle' });
      await expect.poll(() => rowOutOfView(page, rowId)).toEqual([]);
      await page.close();
    },
  );

  const pages = LOCALES.flatMap(([, prefix]) => sitemapPaths(prefix.slice(1)));
  it.each(pages)('%s is never wider than the screen', async (pathname) => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
    const { width, viewport } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(viewport).toBe(390);
    expect(width).toBeLessThanOrEqual(viewport);
    await page.close();
  });
});

describe('the navbar', () => {
  // The navbar's own links and the pages they stand for (a model page belongs to "Models").
  const OWN: [RegExp, string][] = [
    [/^\/$/, '/'],
    [/^\/pruning$/, '/pruning'],
    [/^\/distillation$/, '/distillation'],
    [/^\/quantization$/, '/quantization'],
    [/^\/charts$/, '/charts'],
    [/^\/models(\/.*)?$/, '/models'],
    [/^\/finder$/, '/finder'],
    [/^\/errata$/, '/errata'],
  ];
  const pages = LOCALES.flatMap(([, prefix]) => sitemapPaths(prefix.slice(1)).map((p) => [p, prefix] as const));
  it.each(pages)('on %s lights the current page’s link and no other', async (pathname, prefix) => {
    const page = await browser().newPage(LAPTOP);
    await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
    const active = await page.$$eval('.navbar .navbar__link--active', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    const bare = pathname.slice(prefix.length) || '/';
    const own = OWN.find(([re]) => re.test(bare))?.[1];
    // Pages without a navbar link of their own (data files, upstream map, search) light none.
    expect(active).toEqual(own ? [own === '/' ? `${prefix}/` : `${prefix}${own}`] : []);
    await page.close();
  });
});

describe('the phone menu', () => {
  it.each(LOCALES)(
    'in %s opens from the toggle, lists the pages, follows a link and closes',
    async (_locale, prefix) => {
      const page = await browser().newPage(PHONE);
      await page.goto(`${baseUrl}${prefix}/pruning`, { waitUntil: 'networkidle' });
      await expect.poll(() => reactRunning(page)).toBe(true);
      const menu = page.locator('.navbar-sidebar');
      expect(await menu.isVisible()).toBe(false);
      await page.locator('.navbar__toggle').tap();
      await expect.poll(() => menu.isVisible()).toBe(true);
      // slid fully in: its left edge at the screen's
      await expect.poll(() => menu.evaluate((m) => Math.round(m.getBoundingClientRect().left))).toBe(0);
      // On a docs page the menu opens on the docs' own list (the main menu sits beside it, off screen).
      const link = menu.locator(`.theme-doc-sidebar-menu a[href="${prefix}/quantization"]`);
      await expect.poll(() => link.isVisible()).toBe(true);
      await link.tap();
      await page.waitForURL(`${baseUrl}${prefix}/quantization`);
      await expect.poll(() => menu.isVisible()).toBe(false);
      expect(await page.locator('h1').isVisible()).toBe(true);
      await page.close();
    },
  );

  it('closed, makes a phone fetch none of the pages it links to; opening it does', async () => {
    const page = await browser().newPage(PHONE);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/assets/js/')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${baseUrl}/data-files`, { waitUntil: 'networkidle' });
    await page.mouse.move(20, 200);
    await page.waitForTimeout(1000);
    const loaded = scripts.length;
    // Opening the menu is what prefetches the pages it shows.
    await page.locator('.navbar__toggle').tap();
    await expect.poll(() => scripts.length).toBeGreaterThan(loaded);
    await page.close();
  });
});

/** Presses Tab from just before a table body until focus leaves it; counts the stops inside. */
async function tabStopsIn(page: Page, selector: string, tbody: number): Promise<{ stops: number; rows: number }> {
  const rows = await page.evaluate(
    ([sel, i]) => {
      const body = document.querySelectorAll(sel as string)[i as number] as HTMLTableSectionElement;
      // start just before the body: its table's last header button, or the table itself
      const table = body.closest('table') as HTMLTableElement;
      const before = [...table.querySelectorAll<HTMLElement>('thead button')].at(-1);
      if (before) before.focus();
      else {
        table.tabIndex = -1;
        table.focus();
      }
      return body.rows.length;
    },
    [selector, tbody] as const,
  );
  let stops = 0;
  for (let i = 0; i < 4 * rows + 4; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      ([sel, n]) => document.querySelectorAll(sel as string)[n as number]?.contains(document.activeElement) ?? false,
      [selector, tbody] as const,
    );
    if (!inside) break;
    stops++;
  }
  return { stops, rows };
}

describe.each(LOCALES)('keyboard in %s', (_locale, prefix) => {
  it.each([...TABLE_PAGES, '/models/mobilenetv1-voc'])(
    'every table body on %s costs at most two Tab stops a row',
    async (pathname) => {
      const page = await browser().newPage(LAPTOP);
      await page.goto(`${baseUrl}${prefix}${pathname}`, { waitUntil: 'networkidle' });
      // React running, as for a reader who has moved the pointer
      await page.mouse.move(5, 5);
      await expect.poll(() => reactRunning(page)).toBe(true);
      // the benchmark tables of a table page; every table of a model page
      const selector = pathname.startsWith('/models') ? 'main table tbody' : '[data-benchmark] tbody';
      const bodies = await page.$$eval(selector, (b) => b.length);
      expect(bodies).toBeGreaterThan(0);
      for (let i = 0; i < bodies; i++) {
        const { stops, rows } = await tabStopsIn(page, selector, i);
        // at least one stop a row (its copy link or source), at most two (and its download link)
        expect(stops, `table ${i}`).toBeGreaterThanOrEqual(rows);
        expect(stops, `table ${i}`).toBeLessThanOrEqual(2 * rows);
      }
      await page.close();
    },
  );
});

describe.each(LOCALES)('model pages in %s', (locale, prefix) => {
  it('name the tables they link to by title, and mark errata with the tables’ mark and note', async () => {
    const page = await browser().newPage(LAPTOP);
    await page.goto(`${baseUrl}${prefix}/models/mobilenetv1-coco`, { waitUntil: 'networkidle' });
    const sources = await page.$$eval('main tbody th a', (links) =>
      links.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? ''] as const),
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const [href, text] of sources) {
      const rowId = href.split('#')[1];
      const table = zoo.tables.find((t) => t.rows.some((r) => r.id === rowId));
      expect(text, href).toBe(table?.title[locale]);
    }
    // The Model size deltas of the r578 rows, pruned and distilled, are errata on both tables.
    const errata = zoo.errata.filter(
      (e) => 'row' in e.target && /^(distill-)?prune-coco-mobilenetv1-r578-/.test(e.target.row),
    );
    expect(errata).toHaveLength(6);
    for (const erratum of errata) {
      const mark = page.locator(`td a[href="${prefix}/errata#erratum-${erratum.id}"]`);
      expect(await mark.textContent()).toContain('†');
      expect(await mark.getAttribute('title')).toMatch(/-66\.91%/);
      expect(await page.locator(`#fn-${erratum.id}`).textContent()).toContain('-66.90%');
    }
    // Two rows of one name, from two tables: each note names its own table, so no two notes read alike.
    const notes = await page.$$eval('main li[id^="fn-"]', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(notes).toHaveLength(errata.length);
    expect(new Set(notes).size).toBe(notes.length);
    for (const erratum of errata) {
      const row = 'row' in erratum.target ? erratum.target.row : '';
      const table = zoo.tables.find((t) => t.rows.some((r) => r.id === row));
      expect(await page.locator(`#fn-${erratum.id}`).textContent()).toContain(
        locale === 'en' ? `(${table?.title.en})` : `（${table?.title[locale]}）`,
      );
    }
    await page.close();
  });

  it('are listed each with what sets its model apart (data/models.json), in the page’s language', async () => {
    const page = await browser().newPage(LAPTOP);
    await page.goto(`${baseUrl}${prefix}/models`, { waitUntil: 'networkidle' });
    const entries = await page.$$eval('main li', (lis) =>
      lis.map((li) => [li.querySelector('a')?.getAttribute('href') ?? '', li.textContent ?? ''] as const),
    );
    expect(entries.length).toBeGreaterThan(5);
    for (const [href, text] of entries) {
      const slug = href.split('/models/')[1];
      const model = zoo.models.find((m) => zoo.datasets.some((d) => slug === `${m.id}-${d.id}`));
      expect(model, href).toBeDefined();
      expect(text, href).toContain(model?.description[locale]);
    }
    // ResNet50-vd-dcn, pretrained on ImageNet or on Objects365: two entries, told apart
    const resnet = entries.filter(([href]) => /\/models\/(resnet50-vd-dcn|r50vd-dcn)-coco$/.test(href));
    expect(resnet).toHaveLength(2);
    expect(resnet[0]?.[1]).not.toBe(resnet[1]?.[1]);
    await page.close();
  });

  it('show latency where it is published', async () => {
    const page = await browser().newPage(LAPTOP);
    await page.goto(`${baseUrl}${prefix}/models/resnet50-vd-dcn-coco`, { waitUntil: 'networkidle' });
    const headers = await page.$$eval('main thead th', (ths) => ths.map((th) => th.textContent ?? ''));
    // Only the Tesla P4 latency is published for this model.
    expect(headers.filter((h) => h.includes('(ms)'))).toEqual(['Tesla P4 (ms)']);
    const latency = zoo.tables
      .find((t) => t.id === 'prune-latency')
      ?.rows.find((r) => r.id === 'prune-latency-coco-resnet50-vd-dcn-r578-608')?.cells['latency-tesla-p4']?.value;
    expect(await page.locator('main tbody').textContent()).toContain(latency);
    await page.close();
  });
});
