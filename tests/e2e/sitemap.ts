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
