/**
 * Sitemap entries that name every language version of a page. Docusaurus writes one sitemap per
 * locale; search engines read `xhtml:link rel="alternate" hreflang` in each entry to pair a page
 * with its twin, the same pairs the pages themselves declare in their <head>.
 */
import type { PluginOptions } from '@docusaurus/plugin-sitemap';
import { rootBase } from './deploy';

type CreateSitemapItems = NonNullable<PluginOptions['createSitemapItems']>;
type Params = Parameters<CreateSitemapItems>[0];

export interface Alternate {
  lang: string;
  url: string;
}

/** The URL of `url` (a page of the locale served under `baseUrl`) in every locale, plus x-default. */
export function alternates(url: string, site: { url: string; baseUrl: string; i18n: Params['siteConfig']['i18n'] }) {
  const { defaultLocale, locales } = site.i18n;
  const root = rootBase(site.baseUrl, site.i18n);
  const rest = url.slice(site.url.length + site.baseUrl.length);
  const at = (locale: string) => `${site.url}${root}${locale === defaultLocale ? '' : `${locale}/`}${rest}`;
  const links: Alternate[] = locales.map((locale) => ({
    lang: site.i18n.localeConfigs[locale]?.htmlLang ?? locale,
    url: at(locale),
  }));
  links.push({ lang: 'x-default', url: at(defaultLocale) });
  return links;
}

export const sitemapWithAlternates: CreateSitemapItems = async ({ defaultCreateSitemapItems, ...params }) => {
  const items = await defaultCreateSitemapItems(params);
  // `links` is passed through to the sitemap writer (sitemap.js), which prints them as xhtml:link.
  return items.map((item) => Object.assign(item, { links: alternates(item.url, params.siteConfig) }));
};
