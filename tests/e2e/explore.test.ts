/**
 * Exploring a table in the browser: sorting each kind of column, a filtered
 * view that survives reload, an anchor into a filtered view, "download this
 * view", and the full table without JavaScript. Expected orders are computed
 * here from the data files, not by the site's own sorting code.
 */
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Row } from '../../src/data/schemas';
import { dataZoo, PHONE, reactRunning, sharedBrowser, watch } from './browser';

const baseUrl = inject('baseUrl');
const zoo = dataZoo();
/**
 * Independently of the site's code: each set of weights (model, strategy, teacher, input size) on a
 * dataset, with each figure taken from the first table that prints it, and the row it came from.
 */
function firstFigures(dataset: string) {
  const out = new Map<string, { values: Record<string, number>; rows: Record<string, string>; download?: string }>();
  for (const table of zoo.tables) {
    for (const r of table.rows) {
      if (r.dataset !== dataset) continue;
      const key = [r.model, r.strategy, r.teacher?.model ?? '', r.inputSize].join('|');
      const v = out.get(key) ?? { values: {}, rows: {} };
      for (const [metric, figure] of Object.entries(r.cells)) {
        if (figure && v.values[metric] === undefined) {
          v.values[metric] = Number(figure.value);
          v.rows[metric] = r.id;
        }
      }
      if (v.download === undefined && r.download) v.download = r.download;
      out.set(key, v);
    }
  }
  return [...out.values()];
}

const rowsOf = (id: string) => zoo.tables.find((t) => t.id === id)?.rows ?? [];

/** Stable order by a numeric key, rows without one last. */
function expectedOrder(rows: Row[], key: (r: Row) => number | undefined, dir: 1 | -1): string[] {
  const withKey = rows.filter((r) => key(r) !== undefined);
  const without = rows.filter((r) => key(r) === undefined);
  return [...withKey.sort((a, b) => dir * ((key(a) as number) - (key(b) as number))), ...without].map((r) => r.id);
}

const browser = sharedBrowser();

/** The rows a reader sees, in order. */
const shownIds = (page: import('playwright-core').Page, table: string) =>
  page.$$eval(`table#${table} > tbody > tr`, (trs) =>
    trs.filter((tr) => tr.checkVisibility({ visibilityProperty: true })).map((tr) => tr.id),
  );

describe.each([
  ['en', '', 'GFLOPs', 'Backbone', 'Input size'],
  ['zh-Hans', '/zh-Hans', 'GFLOPs', '骨架网络', '输入尺寸'],
])('in %s', (_locale, prefix, gflops, backbone, inputSize) => {
  it('sorts numbers, deltas, text and sizes, and puts each view in the URL', async () => {
    const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
    const watched = watch(page);
    await page.goto(`${baseUrl}${prefix}/pruning`, { waitUntil: 'networkidle' });
    const header = (name: string) => page.locator('table#prune-latency thead th').filter({ hasText: name }).first();

    await header(gflops).getByRole('button').first().click();
    await expect.poll(() => page.url()).toContain('prune-latency.sort=gflops&prune-latency.dir=asc');
    await expect.poll(() => header(gflops).getAttribute('aria-sort')).toBe('ascending');
    const byGflops = expectedOrder(rowsOf('prune-latency'), (r) => Number(r.cells.gflops?.value), 1);
    expect(await shownIds(page, 'prune-latency')).toEqual(byGflops);
    // the marks a reader sees: ↑ on the column sorted by, ↕ on the others, none on a Δ not sorted by
    const marks = () =>
      page.$$eval('table#prune-latency thead th:nth-child(-n+4) button', (buttons) =>
        buttons.map((b) => getComputedStyle(b, '::after').content.match(/^"(.)"/)?.[1] ?? ''),
      );
    expect(await marks()).toEqual(['↕', '↕', '↕', '↑', '']);

    // the Kirin 970 column's delta, descending: empty cells last
    const kirin = page.locator('table#prune-latency thead th').nth(7);
    await kirin.getByRole('button').nth(1).click();
    await kirin.getByRole('button').nth(1).click();
    await expect.poll(() => page.url()).toContain('prune-latency.sort=latency-kirin-970.delta&prune-latency.dir=desc');
    expect(
      await kirin
        .getByRole('button')
        .evaluateAll((buttons) =>
          buttons.map((b) => getComputedStyle(b, '::after').content.match(/^"(.)"/)?.[1] ?? ''),
        ),
    ).toEqual(['↕', '↓']);
    const delta = (r: Row) => {
      const d = r.cells['latency-kirin-970']?.delta;
      return d ? Number(d.replace('%', '')) : undefined;
    };
    expect(await shownIds(page, 'prune-latency')).toEqual(expectedOrder(rowsOf('prune-latency'), delta, -1));

    await header(backbone).getByRole('button').first().click();
    const byName = [...rowsOf('prune-latency')]
      .map((r, i) => ({ r, i, name: zoo.models.find((m) => m.id === r.model)?.label ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.i - b.i)
      .map((x) => x.r.id);
    expect(await shownIds(page, 'prune-latency')).toEqual(byName);

    await header(inputSize).getByRole('button').first().click();
    await header(inputSize).getByRole('button').first().click();
    expect(await shownIds(page, 'prune-latency')).toEqual(
      expectedOrder(rowsOf('prune-latency'), (r) => r.inputSize, -1),
    );
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  it('reloads a filtered, sorted URL into the same view, and resets it', async () => {
    const page = await browser().newPage();
    const url = `${baseUrl}${prefix}/quantization?quant-coco.model=resnet34&quant-coco.sort=box-ap&quant-coco.dir=desc`;
    await page.goto(url, { waitUntil: 'networkidle' });
    const expected = expectedOrder(
      rowsOf('quant-coco').filter((r) => r.model === 'resnet34'),
      (r) => Number(r.cells['box-ap']?.value),
      -1,
    );
    await expect.poll(() => shownIds(page, 'quant-coco')).toEqual(expected);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => shownIds(page, 'quant-coco')).toEqual(expected);
    await page.locator('#quant-coco-filter-model').selectOption('');
    await page
      .getByRole('button', { name: prefix ? '重置' : 'Reset' })
      .first()
      .click();
    await expect.poll(() => shownIds(page, 'quant-coco')).toEqual(rowsOf('quant-coco').map((r) => r.id));
    expect(page.url()).toBe(`${baseUrl}${prefix}/quantization`);
    await page.close();
  });

  it('shows the row an anchor names inside a filtered view, and tells the reader', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}${prefix}/pruning?prune-voc.strategy=sensity#prune-voc-mobilenetv1-r578-416`, {
      waitUntil: 'networkidle',
    });
    // the three sensity rows, and the linked r578 row the filter would hide
    await expect.poll(async () => (await shownIds(page, 'prune-voc')).length).toBe(4);
    expect(await shownIds(page, 'prune-voc')).toContain('prune-voc-mobilenetv1-r578-416');
    expect(await page.locator('#prune-voc-mobilenetv1-r578-416').isVisible()).toBe(true);
    expect(await page.locator('[role="status"]').filter({ hasText: 'MobileNetV1 · r578 · 416' }).count()).toBe(1);
    await page.close();
  });

  it('"download this view" yields the rows on screen, in their order', async () => {
    const page = await browser().newPage({ acceptDownloads: true });
    await page.goto(
      `${baseUrl}${prefix}/distillation?distill-voc.sort=box-ap&distill-voc.dir=asc&distill-voc.inputSize=608`,
      {
        waitUntil: 'networkidle',
      },
    );
    await expect.poll(() => shownIds(page, 'distill-voc')).toHaveLength(2);
    const onScreen = await shownIds(page, 'distill-voc');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('table#distill-voc').locator('xpath=ancestor::div[1]').getByRole('button').nth(1).click(),
    ]);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    const [header = [], ...lines] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(lines.map((line) => line[0])).toEqual(onScreen);
    // Each delta keeps the outcome of its check, read from the page's data: 79.0 − 76.2 = +2.8 agrees.
    const distilled = lines.find((line) => line[0] === 'distill-voc-mobilenetv1-l2-distiil-608');
    expect(distilled?.[header.indexOf('box-ap_check')]).toBe('agrees');
    await page.close();
  });
});

describe('switching language', () => {
  it("keeps a table's view: the other language's page opens filtered and sorted as this one was", async () => {
    const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${baseUrl}/quantization`, { waitUntil: 'networkidle' });
    await expect.poll(() => reactRunning(page)).toBe(true);
    await page.locator('#quant-coco-filter-model').selectOption('resnet34');
    const boxAp = page.locator('table#quant-coco thead th').filter({ hasText: 'Box AP' }).first();
    await boxAp.getByRole('button').first().click();
    await boxAp.getByRole('button').first().click();
    const view = () => Object.fromEntries(new URL(page.url()).searchParams);
    const sorted = { 'quant-coco.model': 'resnet34', 'quant-coco.sort': 'box-ap', 'quant-coco.dir': 'desc' };
    await expect.poll(view).toEqual(sorted);
    // The navbar's language menu, as a reader opens it: hover, then the other language.
    await page.locator('.navbar__items--right .dropdown').hover();
    await page.locator('.navbar a[lang="zh-Hans"]').click();
    await page.waitForURL('**/zh-Hans/quantization**');
    expect(view()).toEqual(sorted);
    const expected = expectedOrder(
      rowsOf('quant-coco').filter((r) => r.model === 'resnet34'),
      (r) => Number(r.cells['box-ap']?.value),
      -1,
    );
    await expect.poll(() => shownIds(page, 'quant-coco')).toEqual(expected);
    await page.close();
  });
});

describe('a filtered table', () => {
  // The rows a filter hides stay in the page, hidden (a reset then shows them without building them anew).
  it.each([
    ['a laptop', { viewport: { width: 1280, height: 900 } }],
    ['a phone', PHONE],
  ])('on %s stripes the rows it shows and gives no room to the rest', async (_, options) => {
    const page = await browser().newPage(options);
    await page.goto(`${baseUrl}/quantization?quant-coco.inputSize=416`, { waitUntil: 'networkidle' });
    await expect.poll(() => shownIds(page, 'quant-coco')).toHaveLength(6);
    const rows = await page.$$eval('table#quant-coco > tbody > tr', (trs) =>
      trs.map((tr) => {
        const box = tr.getBoundingClientRect();
        return {
          shown: tr.checkVisibility({ visibilityProperty: true }),
          background: getComputedStyle(tr).backgroundColor,
          box,
        };
      }),
    );
    const shown = rows.filter((r) => r.shown);
    const stripes = shown.map((r) => r.background);
    expect(new Set(stripes.filter((_, i) => i % 2 === 0)).size).toBe(1);
    expect(new Set(stripes.filter((_, i) => i % 2 === 1)).size).toBe(1);
    expect(stripes[0]).not.toBe(stripes[1]);
    // each row shown starts where the one above it ends
    shown.slice(1).forEach((r, i) => {
      expect(Math.abs(r.box.top - (shown[i]?.box.bottom ?? 0))).toBeLessThan(2);
    });
    expect(rows.filter((r) => !r.shown).map((r) => r.box.height)).toEqual(Array(14).fill(0));
    await page.close();
  });

  it.each([
    ['en', '', 'No row matches these filters'],
    ['zh-Hans', '/zh-Hans', '没有符合这些筛选条件的行'],
  ])(
    'in %s says so where the rows were when it leaves none, and shows only the errata notes of the rows it shows',
    async (_locale, prefix, says) => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      const block = page.locator('[data-benchmark="prune-coco"]');
      const shownNotes = () =>
        block
          .locator('li[id^="fn-"]')
          .evaluateAll((lis) =>
            lis.filter((li) => li.checkVisibility({ visibilityProperty: true })).map((li) => li.id),
          );
      // each note's id names its erratum (data/errata.json), whose target is a row
      const notesOf = (rows: Row[]) =>
        zoo.errata.flatMap(({ id, target }) =>
          'row' in target && rows.some((r) => r.id === target.row) ? [`fn-${id}`] : [],
        );
      const coco = rowsOf('prune-coco');

      await page.goto(`${baseUrl}${prefix}/pruning?prune-coco.model=resnet50-vd-dcn&prune-coco.inputSize=320`, {
        waitUntil: 'networkidle',
      });
      await expect.poll(() => shownIds(page, 'prune-coco')).toEqual([]);
      expect(await block.getByText(says).isVisible()).toBe(true);
      expect(await shownNotes()).toEqual([]);
      // nor a rule under the table with no note beneath it
      expect(await block.locator('ol[aria-label]').isVisible()).toBe(false);

      const at416 = coco.filter((r) => r.inputSize === 416);
      await page.goto(`${baseUrl}${prefix}/pruning?prune-coco.inputSize=416`, { waitUntil: 'networkidle' });
      await expect.poll(() => shownIds(page, 'prune-coco')).toEqual(at416.map((r) => r.id));
      expect(await block.getByText(says).count()).toBe(0);
      expect(notesOf(at416)).toHaveLength(1);
      expect(await shownNotes()).toEqual(notesOf(at416));

      await block.getByRole('button', { name: prefix ? '重置' : 'Reset' }).click();
      await expect.poll(() => shownIds(page, 'prune-coco')).toHaveLength(coco.length);
      expect(await shownNotes()).toEqual(notesOf(coco));
      expect(notesOf(coco).length).toBeGreaterThan(1);
      await page.close();
    },
  );

  /** A wide page with the COCO table filtered to r578 (4 rows shown), and the table's Reset button. */
  async function filteredCoco() {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/pruning?prune-coco.strategy=r578`, { waitUntil: 'networkidle' });
    await expect.poll(() => shownIds(page, 'prune-coco')).toHaveLength(4);
    return { page, reset: page.locator('[data-benchmark="prune-coco"]').getByRole('button', { name: 'Reset' }) };
  }

  it('a reset from the keyboard keeps the focus on the button, which then says it has nothing to reset', async () => {
    const { page, reset } = await filteredCoco();
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => shownIds(page, 'prune-coco')).toHaveLength(12);
    expect(await reset.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await reset.getAttribute('aria-disabled')).toBe('true');
    // Pressed again, it changes nothing: the URL is not even written again.
    await page.evaluate(() => {
      const w = window as unknown as { writes: number };
      w.writes = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        w.writes += 1;
        replace(...args);
      };
    });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { writes: number }).writes)).toBe(0);
    expect(page.url()).toBe(`${baseUrl}/pruning`);
    expect(await shownIds(page, 'prune-coco')).toHaveLength(12);
    await page.close();
  });

  it('a reset by the pointer leaves the pointer on the button, which then shows there is nothing to reset', async () => {
    const { page, reset } = await filteredCoco();
    await reset.click();
    await expect.poll(() => shownIds(page, 'prune-coco')).toHaveLength(12);
    expect(await reset.getAttribute('aria-disabled')).toBe('true');
    // Still the element under the pointer: a button taken from under it (pointer-events: none) made
    // the browser send the page pointer-out and -over events before it drew the reset table.
    expect(await reset.evaluate((button) => button.matches(':hover'))).toBe(true);
    // (The cursor is new with the change; the hover above is what guards against the old button.)
    expect(await reset.evaluate((button) => getComputedStyle(button).cursor)).toBe('not-allowed');
    // A button that does nothing does not darken under the pointer as Infima's buttons do.
    const background = () => reset.evaluate((button) => getComputedStyle(button).backgroundColor);
    const hovered = await background();
    await page.mouse.move(5, 5);
    expect(await reset.evaluate((button) => button.matches(':hover'))).toBe(false);
    expect(await background()).toBe(hovered);
    await page.close();
  });
});

describe('on a phone, where each row is a card', () => {
  it('a filter leaves out rows, and a reset brings them back in upstream order', async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/pruning`, { waitUntil: 'networkidle' });
    await expect.poll(() => reactRunning(page)).toBe(true);
    const all = rowsOf('prune-coco').map((r) => r.id);
    await page.locator('#prune-coco-filter-strategy').selectOption('r578');
    const r578 = rowsOf('prune-coco')
      .filter((r) => r.strategy === 'r578')
      .map((r) => r.id);
    await expect.poll(() => shownIds(page, 'prune-coco')).toEqual(r578);
    await page.locator('[data-benchmark="prune-coco"]').getByRole('button', { name: 'Reset' }).tap();
    await expect.poll(() => shownIds(page, 'prune-coco')).toEqual(all);
    await context.close();
  });
});

describe('the key legend of a table', () => {
  it('shows while focus is in the table by keyboard, not after a click, and goes when focus leaves', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/pruning`, { waitUntil: 'networkidle' });
    await expect.poll(() => reactRunning(page)).toBe(true);
    const block = page.locator('[data-benchmark="prune-coco"]');
    const legend = block.getByText('Tab stops at each row', { exact: false });
    const shown = () => legend.evaluate((e) => e.getBoundingClientRect().height > 1);
    expect(await shown()).toBe(false);
    // A click moves focus into the table, but must not move the table under the pointer.
    await block.locator('thead button').first().click();
    expect(await shown()).toBe(false);
    await page.keyboard.press('Tab');
    await expect.poll(shown).toBe(true);
    await page.locator('h1').click();
    await expect.poll(shown).toBe(false);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('every table is there in full, in upstream order', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/quantization?quant-coco.model=resnet34`);
    expect(await shownIds(page, 'quant-coco')).toEqual(rowsOf('quant-coco').map((r) => r.id));
    expect(await shownIds(page, 'quant-widerface')).toEqual(rowsOf('quant-widerface').map((r) => r.id));
    await context.close();
  });
});

describe('the data files page', () => {
  it.each([
    ['en', ''],
    ['zh-Hans', '/zh-Hans'],
  ])('in %s links to files that the build published', async (_locale, prefix) => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}${prefix}/data-files`, { waitUntil: 'networkidle' });
    const hrefs = await page.$$eval('a[href*="/data/"]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(zoo.tables.length * 2 + 2);
    for (const href of hrefs) {
      const response = await fetch(`${baseUrl}${href}`);
      expect(response.status, href).toBe(200);
    }
    const bytes = new Uint8Array(await (await fetch(`${baseUrl}${prefix}/data/quant-widerface.csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark
    await page.close();
  });
});

describe('the trade-off charts', () => {
  it.each([
    ['en', ''],
    ['zh-Hans', '/zh-Hans'],
  ])(
    'in %s: every point links to a row that exists, and the charts are there without JavaScript',
    async (_locale, prefix) => {
      const context = await browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${prefix}/charts`);
      const figures = await page.locator('figure[id^="chart-"]').count();
      // COCO: GFLOPs, size, Tesla P4; VOC: GFLOPs, size and four devices
      expect(figures).toBe(9);
      const hrefs = await page.$$eval('figure svg a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(40);
      const byPage = new Map<string, Set<string>>();
      for (const href of hrefs) {
        const [path = '', id = ''] = href.split('#');
        byPage.set(path, (byPage.get(path) ?? new Set()).add(id));
      }
      for (const [path, ids] of byPage) {
        const target = await context.newPage();
        await target.goto(`${baseUrl}${path}`);
        for (const id of ids) expect(await target.locator(`tr[id="${id}"]`).count(), `${path}#${id}`).toBe(1);
        await target.close();
      }
      await context.close();
    },
  );

  it.each([
    ['a 390 px phone', 'en', '', PHONE],
    ['a 390 px phone', 'zh-Hans', '/zh-Hans', PHONE],
    ['a 1280 px laptop', 'en', '', { viewport: { width: 1280, height: 900 } }],
  ])(
    'on %s in %s draws every label at least 10 px high, none over another',
    async (_where, _locale, prefix, options) => {
      const page = await browser().newPage(options);
      await page.goto(`${baseUrl}${prefix}/charts`, { waitUntil: 'networkidle' });
      const problems = await page.$$eval('figure[id^="chart-"] > svg', (svgs) =>
        svgs.flatMap((element) => {
          const svg = element as SVGSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const texts = [...svg.querySelectorAll(':scope > g > text, :scope > text')];
          const boxes = texts.map((t) => t.getBoundingClientRect());
          const small = texts.flatMap((t) => {
            const px = Number.parseFloat(getComputedStyle(t).fontSize) * scale;
            return px < 10 ? [`${svg.parentElement?.id} "${t.textContent}" at ${px.toFixed(1)} px`] : [];
          });
          const over = boxes.flatMap((a, i) =>
            boxes
              .slice(i + 1)
              .flatMap((b, k) =>
                a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
                  ? [`${svg.parentElement?.id} "${texts[i]?.textContent}" over "${texts[i + 1 + k]?.textContent}"`]
                  : [],
              ),
          );
          return [...small, ...over];
        }),
      );
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  // A pointer gets a mark's tooltip (its <title>); the keyboard gets its name drawn beside it.
  it.each([
    ['a 1280 px laptop', { viewport: { width: 1280, height: 900 } }],
    ['a 390 px phone', PHONE],
  ])('on %s, each mark the keyboard reaches is named beside it, inside the drawing', async (_where, options) => {
    const page = await browser().newPage(options);
    await page.goto(`${baseUrl}/charts`, { waitUntil: 'networkidle' });
    await page.mouse.move(5, 5);
    await expect.poll(() => reactRunning(page)).toBe(true);
    const figure = page.locator('#chart-coco-gflops');
    const marks = await figure.locator('svg a').count();
    expect(marks).toBeGreaterThan(5);
    // Tab from the top of the page to the chart's first mark
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#chart-coco-gflops svg') !== null)) break;
    }
    const seen: string[] = [];
    for (let i = 0; i < marks; i++) {
      if (i > 0) await page.keyboard.press('Tab');
      const drawn = await page.evaluate(() => {
        const mark = document.activeElement as SVGAElement;
        const svg = mark.closest('svg') as SVGSVGElement;
        const names = [...svg.querySelectorAll(':scope > g[aria-hidden="true"] > text')];
        const box = names[0]?.getBoundingClientRect();
        const frame = svg.getBoundingClientRect();
        const scale = frame.width / svg.viewBox.baseVal.width;
        return {
          label: mark.getAttribute('aria-label') ?? '',
          names: names.map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' · ')),
          inside:
            !!box &&
            box.left >= frame.left &&
            box.right <= frame.right &&
            box.top >= frame.top &&
            box.bottom <= frame.bottom,
          px: names[0] ? Number.parseFloat(getComputedStyle(names[0]).fontSize) * scale : 0,
        };
      });
      // "YOLOv3-MobileNetV1 · r578 · 608: GFLOPs 6.27, …" is named "YOLOv3-MobileNetV1", then "r578 · 608"
      expect(drawn.names).toEqual([drawn.label.split(': ')[0]]);
      expect(drawn.inside, drawn.label).toBe(true);
      expect(drawn.px).toBeGreaterThanOrEqual(10);
      seen.push(drawn.label);
    }
    expect(new Set(seen).size).toBe(marks);
    // gone once the keyboard leaves the marks, and not drawn for the pointer (it has the tooltip): a
    // press focuses the mark without :focus-visible; released off the mark, it follows no link
    await page.keyboard.press('Tab');
    expect(await figure.locator('svg > g[aria-hidden="true"] text').count()).toBe(0);
    const first = figure.locator('svg a path[data-category]').first();
    await first.evaluate((path) => path.scrollIntoView({ block: 'center' }));
    const mark = await first.boundingBox();
    if (!mark) throw new Error('the first mark is not drawn');
    await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await page.mouse.down();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('#chart-coco-gflops') !== null))
      .toBe(true);
    expect(await figure.locator('svg > g[aria-hidden="true"] text').count()).toBe(0);
    await page.mouse.move(2, 2);
    await page.mouse.up();
    await page.close();
  });

  // A mark is ~5 px wide on a phone and marks crowd at the cheap end: each takes a target up to
  // 24 px wide (WCAG 2.5.8), and where marks are closer, the part of the plane nearest to it.
  it('on a phone, a tap near a mark takes the nearest mark, up to 11 px from it', async () => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}/charts`, { waitUntil: 'networkidle' });
    await page.mouse.move(5, 5);
    await expect.poll(() => reactRunning(page)).toBe(true);
    const report = await page.$$eval('figure[id^="chart-"] > svg', (svgs) =>
      svgs.map((svg) => {
        svg.scrollIntoView({ block: 'center' });
        const marks = [...svg.querySelectorAll('a')].map((a) => {
          const box = (a.querySelector('[data-category]') as SVGPathElement).getBoundingClientRect();
          return { a, x: box.x + box.width / 2, y: box.y + box.height / 2 };
        });
        const misses: string[] = [];
        let wide = 0;
        for (const m of marks) {
          const nearest = Math.min(...marks.filter((o) => o !== m).map((o) => Math.hypot(o.x - m.x, o.y - m.y)));
          // Marks drawn over each other (the same size, nearly the same accuracy) are told apart in
          // the table under the chart; a mark's own symbol and ring (~10 px) take the taps on it.
          if (nearest < 12) continue;
          const reach = Math.min(11, nearest / 2 - 1);
          if (reach === 11) wide++;
          for (let k = 0; k < 8; k++) {
            const [x, y] = [m.x + reach * Math.cos((k * Math.PI) / 4), m.y + reach * Math.sin((k * Math.PI) / 4)];
            const hit = document.elementFromPoint(x, y)?.closest('a');
            if (hit !== m.a)
              misses.push(`${svg.parentElement?.id} ${m.a.getAttribute('href')} at ${reach.toFixed(1)} px`);
          }
        }
        return { marks: marks.length, wide, misses };
      }),
    );
    expect(report).toHaveLength(9);
    expect(report.flatMap((r) => r.misses)).toEqual([]);
    // most marks stand apart enough for the whole 24 px target
    const wide = report.reduce((n, r) => n + r.wide, 0);
    expect(wide).toBeGreaterThan(report.reduce((n, r) => n + r.marks, 0) / 2);
    // and a real tap, 9 px to the right of the first chart's lone ResNet50-vd-dcn baseline, goes to its row
    const mark = page.locator(
      '#chart-coco-gflops svg a[href$="#prune-coco-resnet50-vd-dcn-baseline-608"] [data-category]',
    );
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.boundingBox();
    if (!box) throw new Error('the baseline mark is not drawn');
    await page.touchscreen.tap(box.x + box.width / 2 + 9, box.y + box.height / 2);
    await page.waitForURL(/\/pruning#prune-coco-resnet50-vd-dcn-baseline-608$/);
    await page.close();
  });

  it.each([
    ['en', ''],
    ['zh-Hans', '/zh-Hans'],
  ])('in %s: a kind of model has one mark on every chart, and no two points share a name', async (_locale, prefix) => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}${prefix}/charts`, { waitUntil: 'networkidle' });
    const legends = await page.$$eval('figure[id^="chart-"]', (figures) =>
      figures.flatMap((figure) =>
        [...figure.querySelectorAll('figcaption ul li')].map((li) => {
          const mark = li.querySelector('path') as SVGPathElement;
          return {
            chart: figure.id,
            kind: li.textContent?.trim() ?? '',
            mark: `${getComputedStyle(mark).fill} ${mark.getAttribute('d')}`,
          };
        }),
      ),
    );
    const marks = new Map<string, Set<string>>();
    for (const { kind, mark } of legends) marks.set(kind, (marks.get(kind) ?? new Set()).add(mark));
    // r578 and the two teachers' distilled r578 are on charts of both datasets
    expect(marks.size).toBe(5);
    for (const [kind, seen] of marks) expect([...seen], kind).toHaveLength(1);
    // and two kinds never share a mark
    expect(new Set([...marks.values()].map((m) => [...m][0])).size).toBe(marks.size);
    // a chart's points: a distilled model and the plain one it was pruned like are told apart by name
    const names = await page.$$eval('figure[id^="chart-"]', (figures) =>
      figures.map((f) => [...f.querySelectorAll('details tbody th')].map((th) => th.textContent ?? '')),
    );
    for (const chart of names) expect(new Set(chart).size).toBe(chart.length);
    await page.close();
  });

  it('marks as Pareto-optimal exactly the models no other model beats on both axes', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/charts`, { waitUntil: 'networkidle' });
    // VOC, GFLOPs: one point per set of weights, its GFLOPs and AP from the first table that prints them
    const points = firstFigures('voc').flatMap((v) =>
      v.values.gflops !== undefined && v.values['box-ap'] !== undefined
        ? [{ id: v.rows.gflops as string, x: v.values.gflops, y: v.values['box-ap'] }]
        : [],
    );
    expect(points).toHaveLength(12);
    const optimal = points
      .filter((p) => !points.some((q) => q !== p && q.x <= p.x && q.y >= p.y && (q.x < p.x || q.y > p.y)))
      .map((p) => p.id)
      .sort();
    const marked = await page.$$eval('#chart-voc-gflops details tbody tr', (trs) =>
      trs
        .filter((tr) => tr.lastElementChild?.textContent === '✓')
        .map((tr) => tr.querySelector('a')?.getAttribute('href')?.split('#')[1] ?? ''),
    );
    expect(marked.sort()).toEqual(optimal);
    await page.close();
  });
});

describe('the finder', () => {
  it.each([
    ['en', ''],
    ['zh-Hans', '/zh-Hans'],
  ])(
    'in %s: a fixed budget finds exactly the models that satisfy it, best first, and reloads from its URL',
    async (_locale, prefix) => {
      const page = await browser().newPage();
      const watched = watch(page);
      await page.goto(`${baseUrl}${prefix}/finder`, { waitUntil: 'networkidle' });
      await page.locator('select[name="dataset"]').selectOption('coco');
      await page.locator('input[name="maxGflops"]').fill('10');
      await page.locator('input[name="minAccuracy"]').fill('27');
      await expect.poll(() => page.url()).toContain('maxGflops=10');
      await expect.poll(() => page.url()).toContain('minAccuracy=27');

      // Independently, from the data files: every COCO set of weights with GFLOPs ≤ 10 and Box AP ≥ 27
      const expected = firstFigures('coco')
        .map((v) => ({ gflops: v.values.gflops, ap: v.values['box-ap'], download: v.download }))
        .filter((v) => v.gflops !== undefined && v.gflops <= 10 && v.ap !== undefined && v.ap >= 27)
        .sort((a, b) => (b.ap ?? 0) - (a.ap ?? 0));
      expect(expected.length).toBeGreaterThan(2);
      const shown = async () =>
        page.$$eval('#finder-results tbody tr', (trs) =>
          trs.map((tr) => ({
            ap: Number(tr.children[1]?.textContent),
            download: tr.querySelector('td a')?.getAttribute('href'),
          })),
        );
      await expect.poll(async () => (await shown()).map((r) => r.ap)).toEqual(expected.map((v) => v.ap));
      expect((await shown()).map((r) => r.download)).toEqual(expected.map((v) => v.download));

      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(async () => (await shown()).length).toBe(expected.length);
      expect(await page.locator('input[name="maxGflops"]').inputValue()).toBe('10');
      expect(watched.problems).toEqual([]);
      await page.close();
    },
  );
  it.each([
    ['en', '', 'Latency (ms) at most'],
    ['zh-Hans', '/zh-Hans', '推理时延（ms）不超过'],
  ])(
    'in %s: a budget nothing fits names the limit that keeps every model out, and one press clears the limits',
    async (_locale, prefix, latencyLabel) => {
      const page = await browser().newPage();
      const watched = watch(page);
      await page.goto(`${baseUrl}${prefix}/finder?dataset=voc&device=kirin-970&maxLatency=200`, {
        waitUntil: 'networkidle',
      });
      await reactRunning(page);
      const rows = page.locator('#finder-results tbody tr');
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      // WIDER FACE has no latency on any device: the limits carried over leave nothing
      await page.locator('select[name="dataset"]').selectOption('widerface');
      const status = page.getByRole('status').filter({ hasText: latencyLabel });
      await expect.poll(() => status.count()).toBe(1);
      // how many lifting that limit lets in: every WIDER FACE set of weights with its accuracy published
      const widerface = firstFigures('widerface').filter((v) => v.values['ap-easy'] !== undefined).length;
      expect(await status.textContent()).toContain(String(widerface));
      // one sentence after another: a space in English, none after a Chinese full stop
      expect(await status.textContent()).toMatch(prefix ? /。去掉/ : /\. Without/);
      expect(await page.locator('#finder-results').isVisible()).toBe(false);

      // without a device, a latency limit waits for one, and says so
      await page.locator('select[name="device"]').selectOption('');
      await expect.poll(() => rows.count()).toBe(widerface);
      const hint = prefix ? '选择设备后，时延限制才会生效。' : 'The latency limit applies once you choose its device.';
      await expect.poll(() => page.getByRole('status').filter({ hasText: hint }).count()).toBe(1);
      await page.locator('select[name="device"]').selectOption('kirin-970');
      await expect.poll(() => rows.count()).toBe(0);

      await page.getByRole('button', { name: prefix ? '清除限制' : 'Clear limits' }).click();
      await expect.poll(() => rows.count()).toBe(widerface);
      await expect.poll(() => page.url()).not.toContain('maxLatency');
      // the device stays chosen: it limits nothing, it shows its column
      expect(page.url()).toContain('device=kirin-970');
      expect(
        await page.locator('button', { hasText: prefix ? '清除限制' : 'Clear limits' }).getAttribute('aria-disabled'),
      ).toBe('true');
      expect(watched.problems).toEqual([]);
      await page.close();
    },
  );

  it('counts one result as one: "One model fits.", not "1 models fit"', async () => {
    const page = await browser().newPage();
    // COCO within 30 ms on a Tesla P4: one set of weights in upstream's latency table
    await page.goto(`${baseUrl}/finder?dataset=coco&device=tesla-p4&maxLatency=30`, { waitUntil: 'networkidle' });
    await reactRunning(page);
    await expect.poll(() => page.locator('#finder-results tbody tr').count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toBe('One model fits.');
    await page.goto(`${baseUrl}/finder?dataset=coco&device=tesla-p4&maxLatency=40`, { waitUntil: 'networkidle' });
    await reactRunning(page);
    const n = await page.locator('#finder-results tbody tr').count();
    expect(n).toBeGreaterThan(1);
    expect(await page.getByRole('status').textContent()).toBe(`${n} models fit, most accurate first.`);
    await page.close();
  });

  it.each([
    ['en', ''],
    ['zh-Hans', '/zh-Hans'],
  ])(
    'in %s on a phone: every result is in view, its figures labelled, its download one tap away',
    async (_locale, prefix) => {
      const context = await browser().newContext(PHONE);
      const page = await context.newPage();
      await page.goto(`${baseUrl}${prefix}/finder?dataset=coco&device=tesla-p4`, { waitUntil: 'networkidle' });
      await reactRunning(page);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        results: document.querySelector('#finder-results')?.parentElement?.scrollWidth ?? 0,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      expect(widths.results).toBeLessThanOrEqual(widths.viewport);
      // the first result: every cell inside the screen's width, each figure under its column's name
      const first = page.locator('#finder-results tbody tr').first();
      const cells = await first.locator('td').evaluateAll((tds) =>
        tds.map((td) => ({
          right: td.getBoundingClientRect().right,
          label: getComputedStyle(td, '::before').content,
        })),
      );
      expect(cells.length).toBe(5);
      for (const cell of cells) {
        expect(cell.right).toBeLessThanOrEqual(390);
        expect(cell.label).not.toBe('none');
      }
      // what sets a result apart is spelled out; ImageNet, every backbone's usual pretraining, is not
      const lines = await page.locator('#finder-results tbody th small').allTextContents();
      expect(lines.filter((l) => l.includes('Objects365')).length).toBeGreaterThan(0);
      expect(lines.filter((l) => l.includes('ImageNet'))).toEqual([]);
      const download = first.locator('td a[href$=".tar"]');
      const box = await download.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(390);
      await context.close();
    },
  );
});

describe('model pages', () => {
  it.each([
    ['en', ''],
    ['zh-Hans', '/zh-Hans'],
  ])(
    'in %s: read without JavaScript, with every variant and links back to rows that exist',
    async (_locale, prefix) => {
      const context = await browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${prefix}/models/mobilenetv1-coco`);
      // every COCO MobileNetV1 row of every table is linked from the page
      const rows = zoo.tables.flatMap((t) => t.rows.filter((r) => r.model === 'mobilenetv1' && r.dataset === 'coco'));
      // (the row headers' links; erratum marks and notes link to the errata page and back to their cells)
      const hrefs = await page.$$eval('main tbody th a[href*="#"]', (as) =>
        as.map((a) => a.getAttribute('href') ?? ''),
      );
      expect(new Set(hrefs.map((h) => h.split('#')[1]))).toEqual(new Set(rows.map((r) => r.id)));
      expect(await page.locator('h2[id^="size-"]').evaluateAll((hs) => hs.map((h) => h.id))).toEqual([
        'size-608',
        'size-416',
        'size-320',
      ]);
      // at 608: the baseline and every compressed variant, side by side
      expect(await page.locator('#size-608 + div tbody tr').count()).toBe(7);
      await page.goto(`${baseUrl}${prefix}/models`);
      expect(await page.locator('main li a').count()).toBe(8);
      await context.close();
    },
  );
});
