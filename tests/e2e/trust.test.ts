import { describe, expect, inject, it } from 'vitest';
import { verificationFile } from '../../src/data/verificationFile';
import { dataZoo, reactRunning, sharedBrowser, watch } from './browser';

const baseUrl = inject('baseUrl');
const zoo = dataZoo();

const browser = sharedBrowser();

describe('a delta explains itself', () => {
  it('and reads as text, not as a form button: its line’s type, no fill, a dotted underline in its own colour', async () => {
    for (const width of [390, 1280]) {
      const page = await browser().newPage({ viewport: { width, height: 800 } });
      await page.goto(`${baseUrl}/pruning`);
      const look = await page
        .locator('#prune-coco-mobilenetv1-r578-608 td[data-label="Box AP (%)"] button')
        .evaluate((button) => {
          const own = getComputedStyle(button);
          const line = getComputedStyle(button.parentElement as Element);
          const fontOf = (s: CSSStyleDeclaration) =>
            [s.fontFamily, s.fontSize, s.fontWeight, s.lineHeight, s.letterSpacing, s.textTransform].join(' | ');
          return {
            font: fontOf(own) === fontOf(line),
            fill: own.backgroundColor,
            box: [own.paddingTop, own.paddingRight, own.paddingBottom, own.paddingLeft, own.marginLeft].join(' '),
            sides: [own.borderTopWidth, own.borderRightWidth, own.borderLeftWidth].join(' '),
            underline: `${own.borderBottomStyle} ${own.borderBottomColor === own.color}`,
            appearance: own.appearance,
          };
        });
      expect(look, `at ${width} px`).toEqual({
        font: true,
        fill: 'rgba(0, 0, 0, 0)',
        box: '0px 0px 0px 0px 0px',
        sides: '0px 0px 0px',
        underline: 'dotted true',
        appearance: 'none',
      });
      await page.close();
    }
  });

  it('on hover, inside the viewport, and not clipped by the scrolling table', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/pruning#pruning-latency`, { waitUntil: 'networkidle' });
    const cell = page.locator('#prune-latency-voc-mobilenetv1-r578-320 td').last();
    const tip = page.locator('[data-tip="prune-latency-voc-mobilenetv1-r578-320.latency-snapdragon-855"]');
    // Not in the page until it is opened.
    expect(await tip.count()).toBe(0);
    await cell.locator('button').hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('(31.470 − 80.515) / 80.515 × 100 % = -60.91%');
    // written into a live region, so screen readers announce it
    expect(await tip.evaluate((t) => t.parentElement?.getAttribute('role'))).toBe('status');
    const box = await tip.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800 && box.x >= 0 && box.x + box.width <= 1280).toBe(true);
    // the explanation is the element on top at its own centre: nothing clips or covers it
    const onTop = await page.evaluate(
      ([x, y]) =>
        document
          .elementFromPoint(x as number, y as number)
          ?.closest('[data-tip]')
          ?.getAttribute('data-tip'),
      [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2],
    );
    expect(onTop).toBe('prune-latency-voc-mobilenetv1-r578-320.latency-snapdragon-855');
    // the pointer can move onto the explanation to read it, and it stays (WCAG 1.4.13)
    await tip.hover();
    await page.waitForTimeout(200);
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.count()).toBe(0);
    await page.close();
  });

  it('stays open while the pointer travels from the delta to it, across the gap between them (WCAG 1.4.13)', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/pruning#pruning-latency`, { waitUntil: 'networkidle' });
    const trigger = page.locator('#prune-latency-voc-mobilenetv1-r578-320 td').last().locator('button');
    const tip = page.locator('[data-tip="prune-latency-voc-mobilenetv1-r578-320.latency-snapdragon-855"]');
    await trigger.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const from = await trigger.boundingBox();
    const to = await tip.boundingBox();
    if (!from || !to) throw new Error('no box for the delta or its explanation');
    // A hand's path: straight down from the delta's centre, through the 4 px between them, in small steps.
    const x = from.x + from.width / 2;
    await page.mouse.move(x, from.y + from.height / 2);
    await page.mouse.move(x, to.y + Math.min(20, to.height / 2), { steps: 12 });
    await page.waitForTimeout(500);
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => tip.count()).toBe(0);
    await page.close();
  });

  it('from its row by keyboard (→ from the copy link), and Escape dismisses it', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/zh-Hans/quantization`, { waitUntil: 'networkidle' });
    const row = page.locator('#quant-widerface-blazeface-post-640');
    await row.locator('th a').first().focus();
    await expect.poll(() => reactRunning(page)).toBe(true);
    // copy link → AP Easy's delta → AP Medium's delta
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    // the row's second delta (its buttons: AP Easy's delta, AP Medium's, …)
    const focused = () =>
      row.evaluate((tr) => [...tr.querySelectorAll('td button')].indexOf(document.activeElement as Element));
    await expect.poll(focused).toBe(1);
    const tip = page.locator('[data-tip="quant-widerface-blazeface-post-640.ap-medium"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('勘误：按表中给出的数值应为 -4.1，而非 -3.9。');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    // → goes on to the delta's erratum mark
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('†');
    await page.close();
  });
});

describe('on a model page', () => {
  it('a delta explains itself as in the tables, from the model page’s own proofs', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    await page.goto(`${baseUrl}/models/mobilenetv1-coco`, { waitUntil: 'networkidle' });
    const id = 'prune-coco-mobilenetv1-sensity-608.gflops';
    await page.locator('tr[data-variant="mobilenetv1|coco|sensity|-|608"] td[data-label="GFLOPs"] button').hover();
    const tip = page.locator(`[data-tip="${id}"]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    // MobileNetV1 sensity 608, GFLOPs: (13.57 − 20.64) / 20.64 = −34.254 %, published −34.27 %
    expect(await tip.textContent()).toContain('(13.57 − 20.64) / 20.64 × 100 % = -34.25%');
    expect(await tip.textContent()).toContain('Agrees only through rounding');
    expect(watched.problems).toEqual([]);
    await page.close();
  });
});

describe.each([
  ['en', ''],
  ['zh-Hans', '/zh-Hans'],
])('errata in %s', (_locale, prefix) => {
  it('every erratum is marked on its row, and listed on the errata page with a link that lands on that row', async () => {
    const page = await browser().newPage();
    const watched = watch(page);
    await page.goto(`${baseUrl}${prefix}/errata`, { waitUntil: 'networkidle' });
    const items = page.locator('li[id^="erratum-"]');
    expect(await items.count()).toBe(zoo.errata.length);
    // each erratum's link, grouped by the page it leads to, so each page is opened once
    const byPage = new Map<string, { erratum: (typeof zoo.errata)[number]; anchor: string }[]>();
    for (const erratum of zoo.errata) {
      const href = (await page.locator(`#erratum-${erratum.id} a`).first().getAttribute('href')) ?? '';
      expect(href, erratum.id).toMatch(new RegExp(`^${prefix}/(pruning|distillation|quantization)#`));
      const [path = '', anchor = ''] = href.split('#');
      byPage.set(path, [...(byPage.get(path) ?? []), { erratum, anchor }]);
    }
    for (const [path, entries] of byPage) {
      const target = await browser().newPage();
      await target.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      for (const { erratum, anchor } of entries) {
        expect(await target.locator(`[id="${anchor}"]`).count(), anchor).toBe(1);
        if ('row' in erratum.target) {
          const mark = target.locator(`#${erratum.target.row} a[href="${prefix}/errata#erratum-${erratum.id}"]`);
          expect(await mark.isVisible(), erratum.id).toBe(true);
          expect(await target.locator(`#fn-${erratum.id}`).isVisible()).toBe(true);
        } else {
          expect(await target.locator(`a[href="${prefix}/errata#erratum-${erratum.id}"]`).isVisible()).toBe(true);
        }
      }
      await target.close();
    }
    expect(watched.problems).toEqual([]);
    await page.close();
  });
});

describe('/data/verification.json', () => {
  it('is published with the build and lists every delta and quoted figure with its outcome', async () => {
    const response = await fetch(`${baseUrl}/data/verification.json`);
    expect(response.status).toBe(200);
    const published = await response.json();
    expect(published).toEqual(JSON.parse(JSON.stringify(verificationFile(zoo))));
    expect(new Set(published.records.map((r: { outcome: string }) => r.outcome))).toEqual(
      new Set(['agrees', 'rounding', 'disagrees']),
    );
  });
});
