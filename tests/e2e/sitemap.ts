import fs from 'node:fs';
import path from 'node:path';

/** The entries of a sitemap as the build writes it: each page's URL and its hreflang alternates. */
export function sitemapEntries(xml: string): { loc: string; alternates: Record<string, string> }[] {
  return [...xml.matchAll(/<url>(.*?)<\/url>/g)].map(([, entry]) => ({
    loc: entry?.match(/<loc>([^<]+)<\/loc>/)?.[1] ?? '',
    alternates: Object.fromEntries(
      [...(entry ?? '').matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [
        m[1],
        m[2],
      ]),
    ),
  }));
}

/** The paths a locale's sitemap lists (the build's sitemaps carry the configured site URL). */
export function sitemapPaths(prefix: string): string[] {
  const root = path.resolve(import.meta.dirname, '../..');
  const xml = fs.readFileSync(path.join(root, 'build', prefix, 'sitemap.xml'), 'utf8');
  return sitemapEntries(xml).map((e) => new URL(e.loc).pathname);
}
