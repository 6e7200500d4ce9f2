/**
 * Shared links land: a row, table or section anchor (and each upstream GitHub
 * anchor) scrolls its target into view below the navbar and highlights it, in
 * both locales, on a fresh load and on client-side navigation; and a row's
 * link can be copied, by mouse or keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dataZoo, PHONE, reactRunning, sharedBrowser, watch } from './browser';

const baseUrl = inject('baseUrl');
const zoo = dataZoo();

const browser = sharedBrowser();

/** The target is in the viewport, its top below the sticky navbar, and it (or its row/table) is highlighted. */
async function expectLanded(page: Page, id: string, highlighted: string) {
  await expect.poll(() => page.locator(highlighted).evaluate((e) => e.classList.contains('zoo-landed'))).toBe(true);
  const { top, bottom, navbar, height } = await page.evaluate((anchor) => {
    const el = document.getElementById(anchor) as HTMLElement;
    const rect = el.getBoundingClientRect();
    const nav = document.querySelector('nav.navbar')?.getBoundingClientRect().bottom ?? 0;
    return { top: rect.top, bottom: rect.bottom, navbar: nav, height: window.innerHeight };
  }, id);
  expect(top, `${id} top ${top} vs navbar ${navbar}`).toBeGreaterThanOrEqual(navbar);
  expect(bottom).toBeLessThanOrEqual(height);
  // A row laid out in a table (not a phone's card, whose cells carry their labels) lands with its
  // table's header row in view whenever both fit on the screen: figures without their column names
  // say nothing.
  const head = await page.evaluate((anchor) => {
    const row = (document.getElementById(anchor) as HTMLElement).closest('tr');
    const thead = row?.closest('table')?.tHead;
    if (!row || !thead || getComputedStyle(thead).display !== 'table-header-group') return null;
    const box = thead.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, span: row.getBoundingClientRect().bottom - box.top };
  }, id);
  if (head && head.span <= height - navbar - 16) {
    expect(head.top, `${id}: its table's header row is under the navbar`).toBeGreaterThanOrEqual(navbar);
    expect(head.bottom).toBeLessThanOrEqual(top);
    return 'with its header';
  }
  return head ? 'too far down its table for its header' : 'a card or no row';
}

describe.each([
  ['en', ''],
  ['zh-Hans', '/zh-Hans'],
])('landing in %s', (_locale, prefix) => {
  it.each([
    ['a row', '/pruning', 'prune-coco-mobilenetv1-r578-608', '#prune-coco-mobilenetv1-r578-608'],
    [
      'a row far down a page',
      '/quantization',
      'quant-widerface-blazeface-nas-aware-640',
      '#quant-widerface-blazeface-nas-aware-640',
    ],
    ['a table', '/quantization', 'quant-widerface', 'section:has(> table#quant-widerface)'],
    ['a section', '/distillation', 'distillation-voc', 'h2#distillation-voc'],
  ])('%s', async (_what, path, id, highlighted) => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    await page.goto(`${baseUrl}${prefix}${path}#${id}`, { waitUntil: 'networkidle' });
    const landed = await expectLanded(page, id, highlighted);
    if (_what === 'a row') expect(landed).toBe('with its header');
    // the highlight stays until the reader moves on
    await page.mouse.click(5, 400);
    await expect.poll(() => page.locator(highlighted).evaluate((e) => e.classList.contains('zoo-landed'))).toBe(false);
    expect(watched.problems).toEqual([]);
    await page.close();
  });

  // A link copied from a sorted or filtered table carries the view as well as the row: the page lands
  // on the row, then the table applies the view and moves its rows. The reader must still see the row.
  it.each([
    ['sorted', '1280', '?prune-coco.sort=gflops&prune-coco.dir=desc', 'prune-coco-mobilenetv1-r578-608'],
    ['filtered, the rows above it hidden', '1280', '?prune-coco.inputSize=416', 'prune-coco-mobilenetv1-r578-416'],
    ['filtered to other rows', '1280', '?prune-coco.model=resnet50-vd-dcn', 'prune-coco-mobilenetv1-r578-608'],
    ['filtered to other rows', 'a phone', '?prune-coco.model=resnet50-vd-dcn', 'prune-coco-mobilenetv1-r578-608'],
  ])(
    'a row link that carries a %s view, at %s, lands on the row as the table shows it',
    async (_view, width, query, id) => {
      const page = await (width === 'a phone'
        ? browser().newPage(PHONE)
        : browser().newPage({ viewport: { width: 1280, height: 720 } }));
      const watched = watch(page);
      await page.goto(`${baseUrl}${prefix}/pruning${query}#${id}`, { waitUntil: 'networkidle' });
      // The view is applied: the rows the query asks for (and the linked row, shown whatever the
      // filter), in the query's order, computed here from the data.
      const params = new URLSearchParams(query);
      const model = params.get('prune-coco.model');
      const size = params.get('prune-coco.inputSize');
      const rows = zoo.tables
        .find((t) => t.id === 'prune-coco')
        ?.rows.filter((r) => (!model || r.model === model) && (!size || String(r.inputSize) === size));
      const expected = params.get('prune-coco.sort')
        ? [...(rows ?? [])].sort((a, b) => Number(b.cells.gflops?.value) - Number(a.cells.gflops?.value))
        : (rows ?? []);
      const ids = expected.map((r) => r.id);
      await expect
        .poll(() =>
          page.$$eval('#prune-coco > tbody > tr', (trs) =>
            trs.filter((tr) => tr.checkVisibility({ visibilityProperty: true })).map((tr) => tr.id),
          ),
        )
        .toEqual(ids.includes(id) ? ids : [id, ...ids]);
      expect(await expectLanded(page, id, `#${id}`)).toBe(width === 'a phone' ? 'a card or no row' : 'with its header');
      expect(watched.problems).toEqual([]);
      await page.close();
    },
  );

  it('lands on a row reached by client-side navigation', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}${prefix}/pruning#distilled-pruning-coco`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      (window as unknown as { marker: boolean }).marker = true;
    });
    await page.locator('#distill-prune-coco-mobilenetv1-r578-608 a[href*="quant-coco-resnet34-baseline-608"]').click();
    await page.waitForURL(`${baseUrl}${prefix}/quantization#quant-coco-resnet34-baseline-608`);
    // no reload happened: the page kept its JavaScript state
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    await expectLanded(page, 'quant-coco-resnet34-baseline-608', '#quant-coco-resnet34-baseline-608');
    // followed, so focus is on the row it landed on: the next Tab goes on from there
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quant-coco-resnet34-baseline-608');
    // back is not a link followed: the section it returns to is scrolled to, not focused
    await page.goBack();
    await page.waitForURL(`${baseUrl}${prefix}/pruning#distilled-pruning-coco`);
    await expectLanded(page, 'distilled-pruning-coco', 'h2#distilled-pruning-coco, h3#distilled-pruning-coco');
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('distilled-pruning-coco');
    await page.close();
  });

  it('an erratum mark followed by keyboard: focus is on the erratum, and the next Tab goes on from there', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}${prefix}/pruning`, { waitUntil: 'networkidle' });
    await page.mouse.move(10, 10);
    await expect.poll(() => reactRunning(page)).toBe(true);
    const row = 'prune-coco-mobilenetv1-r578-608';
    const erratum = `erratum-${row}-size`;
    // The mark is reached with ← → in its row (lib/rowKeys); Enter follows it.
    await page.locator(`#${row} a[href="${prefix}/errata#${erratum}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}${prefix}/errata#${erratum}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(erratum);
    await expectLanded(page, erratum, `#${erratum}`);
    await page.keyboard.press('Tab');
    // the erratum's first link (back to its row), not the page's first stop at its top
    const stop = await page.evaluate((id) => {
      const active = document.activeElement;
      return { inEntry: document.getElementById(id)?.contains(active) ?? false, href: active?.getAttribute('href') };
    }, erratum);
    expect(stop).toEqual({ inEntry: true, href: `${prefix}/pruning#${row}` });
    // focusable only while it held focus: a click in the entry later focuses nothing
    expect(await page.locator(`#${erratum}`).getAttribute('tabindex')).toBeNull();
    await page.close();
  });

  it('a page opened at an #anchor leaves focus where the browser puts it', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}${prefix}/errata#erratum-prune-coco-mobilenetv1-r578-608-size`, {
      waitUntil: 'networkidle',
    });
    await expectLanded(
      page,
      'erratum-prune-coco-mobilenetv1-r578-608-size',
      '#erratum-prune-coco-mobilenetv1-r578-608-size',
    );
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.close();
  });

  it.each(Object.entries(zoo.legacyAnchors.anchors))('the upstream anchor #%s lands on %s', async (anchor, target) => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}${prefix}/upstream#${encodeURIComponent(anchor)}`, { waitUntil: 'networkidle' });
    const [path = '', id] = target.split('#');
    await page.waitForURL(`${baseUrl}${prefix}${path === '/' ? '/' : path}${id ? `#${id}` : ''}`);
    if (id) await expectLanded(page, id, `h2#${id}, h3#${id}`);
    else expect(await page.locator('h1').isVisible()).toBe(true);
    await page.close();
  });
});

describe('copying a link', () => {
  it.each([
    ['en', '', 'Link copied'],
    ['zh-Hans', '/zh-Hans', '链接已复制'],
  ])('in %s, by mouse and by keyboard, gives the absolute URL of the row', async (_locale, prefix, said) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${prefix}/distillation`, { waitUntil: 'networkidle' });
    const row = page.locator('#distill-coco-mobilenetv1-split-distiil-416');
    await row.hover();
    const link = row.locator('th a').first();
    await expect.poll(() => link.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    await link.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${baseUrl}${prefix}/distillation#distill-coco-mobilenetv1-split-distiil-416`);
    // said in the page's live region, so a screen reader announces it, and shown beside the link
    const status = page.locator('[data-live-region]');
    expect(await status.getAttribute('role')).toBe('status');
    await expect.poll(() => status.textContent()).toBe(said);
    const toast = status.getByText(said);
    expect(await toast.isVisible()).toBe(true);
    const [linkBox, toastBox] = await Promise.all([link.boundingBox(), toast.boundingBox()]);
    expect(
      toastBox && linkBox && toastBox.x >= linkBox.x + linkBox.width && toastBox.x < linkBox.x + linkBox.width + 20,
    ).toBe(true);
    expect(
      toastBox && linkBox && Math.abs(toastBox.y + toastBox.height / 2 - (linkBox.y + linkBox.height / 2)) < 4,
    ).toBe(true);

    const table = page.locator('caption:has-text("VOC") a').first();
    await table.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${baseUrl}${prefix}/distillation#distill-voc`);
    await context.close();
  });
});
