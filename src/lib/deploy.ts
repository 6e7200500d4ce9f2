/**
 * Where the site is published. `BASE_URL` is the path it lives under (default `/`; `/<repo>/` for
 * a GitHub project page) and `SITE_URL` the origin (`https://<owner>.github.io`). Docusaurus
 * builds a non-default locale under `<base><locale>/`; `rootBase` finds the shared base again.
 */

/** BASE_URL as Docusaurus wants it: one leading and one trailing slash. Refuses what is not a path. */
export function baseUrlFrom(value: string | undefined): string {
  const raw = (value ?? '').trim();
  if (raw === '' || raw === '/') return '/';
  if (/^[a-z][a-z\d+.-]*:|^\/\/|[?#\s\\]/i.test(raw)) {
    throw new Error(`BASE_URL must be a path such as /zoo/, found ${JSON.stringify(value)}`);
  }
  const segments = raw.replace(/^\/+|\/+$/g, '').split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`BASE_URL must be a path such as /zoo/, found ${JSON.stringify(value)}`);
  }
  return `/${segments.join('/')}/`;
}

/** SITE_URL without a trailing slash (Docusaurus joins it with the base URL). */
export function siteUrlFrom(value: string | undefined, fallback = 'http://localhost:3000'): string {
  const raw = (value ?? '').trim() || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, found ${JSON.stringify(value)}`);
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(`SITE_URL is the origin only (put the path in BASE_URL), found ${JSON.stringify(value)}`);
  }
  return parsed.origin;
}

/** The base URL shared by every locale: `/zoo/zh-Hans/` → `/zoo/`. */
export function rootBase(baseUrl: string, i18n: { locales: readonly string[]; defaultLocale: string }): string {
  const locale = i18n.locales.find((l) => l !== i18n.defaultLocale && baseUrl.endsWith(`/${l}/`));
  return locale ? baseUrl.slice(0, -(locale.length + 1)) : baseUrl;
}

/**
 * The suffix of the keys the site keeps in the reader's browser storage (the colour mode):
 * Docusaurus's own, a hash of the address with the locale's base, gives each language its own
 * keys, so a reader who chose dark on /pruning got light on /zh-Hans/pruning. This one hashes the
 * address every locale shares: one deployment's languages share the reader's choices, and another
 * site on the same origin (another base URL) keeps its own. FNV-1a, 32 bits: a name, not a secret.
 */
export function storageNamespace(siteUrl: string, baseUrl: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${siteUrl}${baseUrl}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `zoo${hash.toString(36)}`;
}
