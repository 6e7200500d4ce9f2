/**
 * Accessibility of the built site: axe-core finds nothing on any page, in either locale, in
 * either theme. The pages are the ones the sitemaps publish, plus the 404 page, so a page added
 * later is checked without touching this file.
 */
import axe from 'axe-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from './browser';
import { sitemapPaths } from './sitemap';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const PAGES = [
  ...sitemapPaths(''),
  '/a-page-that-does-not-exist',
  ...sitemapPaths('zh-Hans'),
  '/zh-Hans/a-page-that-does-not-exist',
];

interface Violation {
  rule: string;
  impact: string | null | undefined;
  nodes: string[];
}

async function violations(pathname: string, theme: 'light' | 'dark'): Promise<Violation[]> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
  try {
    await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
    // The theme follows the reader's system setting; make sure the page really is in it.
    await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe(theme);
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
    );
    return result.violations.map((v) => ({
      rule: `${v.id}: ${v.help}`,
      impact: v.impact,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }));
  } finally {
    await page.close();
  }
}

describe('axe finds no violation', () => {
  it('covers every page of both sitemaps', () => {
    // A guard against an empty list making the checks below vacuous.
    expect(PAGES.filter((p) => p.startsWith('/zh-Hans')).length).toBe(PAGES.length / 2);
    expect(PAGES).toContain('/pruning');
    expect(PAGES).toContain('/zh-Hans/models/mobilenetv1-voc');
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it.each(PAGES)('on %s', async (pathname) => {
      expect(await violations(pathname, theme)).toEqual([]);
    });
  });
});

/** Tabs through a whole page; for each stop, what a sighted keyboard user would see of it. */
async function tabStops(pathname: string, theme: 'light' | 'dark') {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
  try {
    await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
    const stops: { element: string; shown: boolean; ring: boolean; ringContrast: number }[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
        // WCAG 1.4.11 asks 3:1 of a focus indicator against what it sits on: an outline set off from
        // the element lies on its ancestors' backgrounds; one drawn on its edge (Chromium's own ring,
        // offset 0) lies on the element's too, and must stand out from both. The backgrounds are laid
        // one over the other (some are translucent, as a table head's) on a canvas, as the browser does.
        const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
        const painted = (layers: string[]) => {
          if (!canvas) return [0, 0, 0];
          for (const color of ['white', ...layers]) {
            canvas.fillStyle = color;
            canvas.fillRect(0, 0, 1, 1);
          }
          return [...canvas.getImageData(0, 0, 1, 1).data];
        };
        const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
          const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((v) => {
            const c = v / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
        };
        const ancestors: string[] = [];
        for (let e = el.parentElement; e; e = e.parentElement) ancestors.unshift(getComputedStyle(e).backgroundColor);
        const grounds = [painted(ancestors)];
        if (Number.parseFloat(style.outlineOffset) <= 0) grounds.push(painted([...ancestors, style.backgroundColor]));
        const ring = luminance(painted([style.outlineColor]));
        const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        const ringContrast = Math.min(...grounds.map((g) => ratio(ring, luminance(g))));
        return {
          element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`,
          shown: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
          ring: outline || style.boxShadow !== 'none',
          // A ring drawn as a shadow is not measured here (none of ours is).
          ringContrast: outline ? Math.round(ringContrast * 10) / 10 : 21,
        };
      });
      if (!stop) break;
      // Back at the first stop: the whole page has been walked.
      if (stops.length > 0 && stops[0]?.element === stop.element && i > 5) break;
      stops.push(stop);
    }
    return stops;
  } finally {
    await page.close();
  }
}

describe('every control is reachable by keyboard and visibly focused', () => {
  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it.each(['/pruning', '/finder', '/zh-Hans/quantization'])('on %s', async (pathname) => {
      const stops = await tabStops(pathname, theme);
      // The walk reaches the table's controls, not just the navbar.
      expect(stops.length).toBeGreaterThan(20);
      expect(stops.filter((s) => !s.shown || !s.ring)).toEqual([]);
      expect(stops.filter((s) => s.ringContrast < 3).map((s) => `${s.element} ${s.ringContrast}:1`)).toEqual([]);
    });
  });
});

// A screen reader lists a page's tables by name: "table" alone, five times over, tells them apart by
// nothing. Benchmark tables are named by their titles; the others by a caption, a label or a heading.
describe('every table has a name', () => {
  it.each(PAGES)('on %s', async (pathname) => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
    const unnamed = await page.$$eval('table', (tables) =>
      tables.flatMap((table) => {
        const by = (table.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join('');
        const name = by || table.getAttribute('aria-label') || table.caption?.textContent || '';
        return name.trim() ? [] : [table.id || table.querySelector('th')?.textContent || '(a table)'];
      }),
    );
    expect(unnamed).toEqual([]);
    await page.close();
  });
});
