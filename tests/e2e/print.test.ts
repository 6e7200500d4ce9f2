/**
 * Printing a table page: the navigation is gone and every table fits the paper's width, so no
 * column is cut off. The page is laid out as Chromium prints it (print media, A4 portrait).
 */
import { describe, expect, inject, it } from 'vitest';
import { dataZoo, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const pages = [...new Set(dataZoo().tables.map((t) => `/${t.page}`))];

describe('printing', () => {
  it.each([...pages, '/zh-Hans/quantization'])('%s prints every table whole, without navigation', async (path) => {
    // A4 is 210 mm wide; with Chromium's default 1 cm margins that leaves 190 mm ≈ 718 CSS px.
    const page = await browser().newPage({ viewport: { width: 718, height: 1000 } });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page.$$eval(selector, (els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(await shown('nav.navbar, footer.footer, .theme-doc-sidebar-container, .pagination-nav')).toBe(0);
    const tables = await page.$$eval('table[id]', (ts) =>
      ts.map((t) => ({
        id: t.id,
        right: Math.round(t.getBoundingClientRect().right),
        cut: [...t.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).length,
        scroller: t.parentElement ? t.parentElement.scrollWidth - t.parentElement.clientWidth : 0,
      })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      // Inside the paper, nothing hidden behind a scroll bar, no cell clipping its text.
      expect({ id: t.id, fits: t.right <= 718, scroll: t.scroller, cut: t.cut }).toEqual({
        id: t.id,
        fits: true,
        scroll: 0,
        cut: 0,
      });
    }
    // And the PDF Chromium makes of it is a real, non-empty document.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
