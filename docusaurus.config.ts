import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { themes as prismThemes } from 'prism-react-renderer';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { ssrTemplate } from './src/hydration/ssrTemplate';
import { sitemapWithAlternates } from './src/lib/sitemap';
import zooData from './src/plugins/zoo-data';

// Where the site is published; override with SITE_URL for a real deployment.
const url = process.env.SITE_URL ?? 'http://localhost:3000';

const config = {
  title: 'PaddleDetection Compression Zoo',
  tagline: 'Pruned, distilled and quantized YOLOv3 and BlazeFace, every figure checked',
  url,
  baseUrl: '/',
  trailingSlash: false,
  favicon: 'img/favicon.svg',

  // A broken link or anchor is a build failure, never a silent 404.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  future: { v4: true, faster: true },

  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-Hans'],
    localeConfigs: {
      en: { label: 'English', htmlLang: 'en' },
      'zh-Hans': { label: '简体中文', htmlLang: 'zh-Hans' },
    },
  },

  plugins: [zooData],
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
      },
    ],
  ],
  // Shared links land on their row, table or section, highlighted.
  clientModules: ['./src/clientModules/landing.ts', './src/clientModules/hydrated.ts'],
  // Pages run React on the reader's first interaction, not on load (src/hydration/startOnIntent.ts).
  ssrTemplate,

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
    navbar: {
      title: 'Compression Zoo',
      items: [
        { type: 'doc', docId: 'index', position: 'left', label: 'Overview' },
        { type: 'doc', docId: 'pruning', position: 'left', label: 'Pruning' },
        { type: 'doc', docId: 'distillation', position: 'left', label: 'Distillation' },
        { type: 'doc', docId: 'quantization', position: 'left', label: 'Quantization' },
        { type: 'doc', docId: 'charts', position: 'left', label: 'Charts' },
        { to: '/models', position: 'left', label: 'Models' },
        { to: '/finder', position: 'left', label: 'Finder' },
        { type: 'doc', docId: 'errata', position: 'left', label: 'Errata' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        'Figures, model names and download links from PaddlePaddle/PaddleDetection (Apache-2.0); text written for this site.',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
