/**
 * What search engines and link previews read, on the served build: both sitemaps (each entry with
 * its other-language twin), robots.txt naming them, and on every page a canonical URL, hreflang
 * alternates, a description and a share image. An unknown address answers 404 with a page that
 * leads on.
 */
import { describe, expect, inject, it } from 'vitest';
import { sitemapEntries } from './sitemap';

const baseUrl = inject('baseUrl');
// The build carries the configured site URL (SITE_URL, default http://localhost:3000).
const SITE = process.env.SITE_URL ?? 'http://localhost:3000';

async function get(path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, text: await response.text() };
}

const attr = (html: string, pattern: RegExp) => html.match(pattern)?.[1];

describe('sitemaps and robots.txt', () => {
  it('robots.txt allows crawling and names both sitemaps', async () => {
    const { status, text } = await get('/robots.txt');
    expect(status).toBe(200);
    expect(text).toContain('User-agent: *');
    expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${SITE}/zh-Hans/sitemap.xml`);
  });

  it.each([
    ['', 'en'],
    ['/zh-Hans', 'zh-Hans'],
  ])('the sitemap under "%s" lists its pages, each paired with its twin', async (prefix, lang) => {
    const entries = sitemapEntries((await get(`${prefix}/sitemap.xml`)).text);
    expect(entries.length).toBeGreaterThan(15);
    for (const { loc, alternates } of entries) {
      const path = loc.slice(SITE.length + prefix.length) || '/';
      expect(alternates).toEqual({
        en: `${SITE}${path === '/' ? '/' : path}`,
        'zh-Hans': `${SITE}/zh-Hans${path}`,
        'x-default': `${SITE}${path === '/' ? '/' : path}`,
      });
      expect(alternates[lang]).toBe(loc);
    }
  });
});

describe('every page can be shared and found', async () => {
  const paths = [
    ...sitemapEntries((await get('/sitemap.xml')).text),
    ...sitemapEntries((await get('/zh-Hans/sitemap.xml')).text),
  ].map((e) => e.loc.slice(SITE.length) || '/');

  it.each(paths)('%s has a canonical URL, hreflang alternates, a description and a share image', async (path) => {
    const { status, text } = await get(path);
    expect(status).toBe(200);
    expect(attr(text, /<link[^>]*rel=canonical href=([^ >]+)/)).toBe(`${SITE}${path}`);
    expect(text).toMatch(/rel=alternate href=[^ >]+ hreflang=en /);
    expect(text).toMatch(/rel=alternate href=[^ >]+ hreflang=zh-Hans /);
    expect(attr(text, /<meta[^>]*name=description content="?([^">]+)/)?.length ?? 0).toBeGreaterThan(15);
    // Each locale's build carries its own copy of the static files.
    const prefix = path.startsWith('/zh-Hans') ? '/zh-Hans' : '';
    expect(attr(text, /<meta[^>]*property=og:image content=([^ >]+)/)).toBe(`${SITE}${prefix}/img/og-card.png`);
  });

  it.each(['', '/zh-Hans'])('the share image is served under "%s"', async (prefix) => {
    const response = await fetch(`${baseUrl}${prefix}/img/og-card.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
  });
});

describe('the page of upstream anchors', () => {
  // Not only the 404 page: a reader with an old link learns of it where the source is named.
  it.each(['', '/zh-Hans'])('is linked from the overview\'s provenance section under "%s"', async (prefix) => {
    const { text } = await get(`${prefix}/`);
    const provenance = text.slice(text.indexOf('id=provenance'));
    expect(provenance.slice(0, provenance.indexOf('id=deltas'))).toContain(`href=${prefix}/upstream`);
  });
});

describe('an unknown address', () => {
  it('answers 404 with a page that leads to the tables and models', async () => {
    const { status, text } = await get('/pruning-old');
    expect(status).toBe(404);
    // Titled as what it is, not as the site alone: the title is what a screen reader announces first.
    expect(attr(text, /<title[^>]*>([^<]*)/)).toBe('Page Not Found | PaddleDetection Compression Zoo');
    expect(text).toMatch(/<meta[^>]*name=description/);
    expect(text).toContain('href=/pruning');
    expect(text).toContain('href=/models');
  });

  it('has a Chinese 404 page too, for hosts that serve one per locale', async () => {
    const { text } = await get('/zh-Hans/404.html');
    expect(attr(text, /<title[^>]*>([^<]*)/)).toBe('找不到页面 | PaddleDetection Compression Zoo');
    expect(text).toContain('href=/zh-Hans/pruning');
    expect(text).toContain('href=/zh-Hans/models');
  });
});
