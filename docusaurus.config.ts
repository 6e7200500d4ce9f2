import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { baseUrlFrom, siteUrlFrom, storageNamespace } from './src/lib/deploy';
import { sitemapWithAlternates } from './src/lib/sitemap';
import leanBundle from './src/plugins/lean-bundle';
import urlView from './src/plugins/url-view';
import zooData from './src/plugins/zoo-data';

// Where the site is published (README, "Deploying"): SITE_URL is the origin, BASE_URL the path
// under it, e.g. SITE_URL=https://owner.github.io BASE_URL=/repo/ for a GitHub project page.
const url = siteUrlFrom(process.env.SITE_URL);
const baseUrl = baseUrlFrom(process.env.BASE_URL);

const config = {
  title: 'PaddleDetection Compression Zoo',
  tagline: 'Pruned, distilled and quantized YOLOv3 and BlazeFace, every figure checked',
  url,
  baseUrl,
  trailingSlash: false,
  favicon: 'img/favicon.png',

  // A broken link or anchor is a build failure, never a silent 404.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  future: { v4: true, faster: true },
  // The colour mode a reader picks holds in both languages (src/lib/deploy.ts › storageNamespace).
  storage: { type: 'localStorage', namespace: storageNamespace(url, baseUrl) },

  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-Hans'],
    localeConfigs: {
      en: { label: 'English', htmlLang: 'en' },
      'zh-Hans': { label: '简体中文', htmlLang: 'zh-Hans' },
    },
  },

  plugins: [zooData, leanBundle, urlView],
  // Offline full-text search over the built pages, tables included; Chinese is segmented by jieba.
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en', 'zh'],
        docsRouteBasePath: '/',
        indexBlog: false,
        explicitSearchResultPath: true,
        searchResultLimits: 10,
        // Controls, keyboard hints and chart ticks (marked data-nosearch) are not what a reader looks for:
        // indexed, they ran into the results' excerpts as one word ("…Pascal VOC7475767778…").
        ignoreCssSelectors: ['[data-nosearch]'],
      },
    ],
  ],
  // Shared links land on their row, table or section, highlighted.
  clientModules: [
    './src/clientModules/landing.ts',
    './src/clientModules/prefetchByPath.ts',
    './src/clientModules/localeLinks.ts',
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkMath],
          // KaTeX renders to MathML, which browsers lay out natively: no KaTeX stylesheet or fonts
          // to ship (they were two thirds of every page's CSS) and nothing fetched from a CDN.
          rehypePlugins: [[rehypeKatex, { output: 'mathml' }]],
          showLastUpdateTime: false,
        },
        blog: false,
        // Each locale's sitemap names the page's other-language twin (hreflang), like the pages do.
        sitemap: { createSitemapItems: sitemapWithAlternates },
        theme: {
          customCss: ['./src/css/custom.css'],
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    // The card shown when a link to any page is shared (Open Graph / Twitter).
    image: 'img/og-card.png',
    colorMode: { respectPrefersColorScheme: true },
    // Readers can fold the sidebar away to give a wide table more room.
    docs: { sidebar: { hideable: true } },
    navbar: {
      title: 'Compression Zoo',
      // Plain links with `exact`, not `type: 'doc'`: a doc item counts as active on every page of
      // its sidebar, and all our docs share one, so every doc link lit up at once. `/models` stays a
      // prefix match: a model page lights "Models".
      items: [
        { to: '/', position: 'left', label: 'Overview', exact: true },
        { to: '/pruning', position: 'left', label: 'Pruning', exact: true },
        { to: '/distillation', position: 'left', label: 'Distillation', exact: true },
        { to: '/quantization', position: 'left', label: 'Quantization', exact: true },
        { to: '/charts', position: 'left', label: 'Charts', exact: true },
        { to: '/models', position: 'left', label: 'Models' },
        { to: '/finder', position: 'left', label: 'Finder', exact: true },
        { to: '/errata', position: 'left', label: 'Errata', exact: true },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        'Figures, model names and download links from PaddlePaddle/PaddleDetection (Apache-2.0); text written for this site.',
    },
    // No code is highlighted (src/theme/CodeBlock, src/plugins/lean-bundle): an empty theme keeps
    // Prism's colour tables out of the site config that every page's main.js carries.
    prism: { theme: { plain: {}, styles: [] } },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
