/**
 * Loads and validates data/ once per build, stops the build on any problem,
 * and writes for each page the data it renders (src/data/pageZoo.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { exportTable, exportZoo, tableCsv } from '../../data/exports';
import { loadZoo } from '../../data/load';
import { type PageOptions, pageData, type Shows } from '../../data/pageZoo';
import { formatProblem } from '../../data/problems';
import type { Locale, Zoo } from '../../data/schemas';
import { verificationFile } from '../../data/verificationFile';
import { withRecords } from '../../data/verify';
import { rootBase } from '../../lib/deploy';
import { modelPages } from '../../lib/modelPages';
import { checkBuiltPermalinks } from '../../links/built';
import { ZOO_PLUGIN } from './name';

/** A page that sends the reader on to `to`, an absolute path (base URL included), keeping the #anchor. */
function redirectPage(to: string): string {
  const target = JSON.stringify(to);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Moved</title><link rel="canonical" href="${to}"><meta http-equiv="refresh" content="0; url=${to}"><script>location.replace(${target} + location.hash)</script></head><body><a href="${to}">This page moved.</a></body></html>\n`;
}

function robotsTxt(url: string, baseUrl: string, locales: string[], defaultLocale: string): string {
  const sitemaps = locales.map((l) => `Sitemap: ${url}${baseUrl}${l === defaultLocale ? '' : `${l}/`}sitemap.xml`);
  return ['User-agent: *', 'Allow: /', '', ...sitemaps, ''].join('\n');
}

/** The data files some pages import whole, each in a chunk of its own (configureWebpack). */
const OWN_CHUNKS = ['zoo', 'overview', 'data-files', 'upstream'] as const;

export default function zooDataPlugin(context: LoadContext): Plugin {
  const dataDir = path.join(context.siteDir, 'data');
  return {
    name: ZOO_PLUGIN,
    getPathsToWatch: () => [path.join(dataDir, '**/*.json')],
    // The whole-zoo data is imported by several pages: one shared chunk, fetched once, instead of a
    // copy inside each page's chunk. The data of the pages that show no row gets a chunk of its own
    // too: Docusaurus prefetches a linked page's own chunks, not those split from them, so a page
    // whose header links to the overview does not fetch the overview's data until a reader goes there.
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      // Each data file of OWN_CHUNKS in a chunk named after it: zoo.json → zoo-data, overview.json → zoo-data-overview.
      const cacheGroups = Object.fromEntries(
        OWN_CHUNKS.map((name) => [
          `zooData-${name}`,
          {
            test: new RegExp(`[\\\\/]zoo-data[\\\\/]default[\\\\/]${name}\\.json$`),
            name: name === 'zoo' ? 'zoo-data' : `zoo-data-${name}`,
            chunks: 'all' as const,
            enforce: true,
            priority: 45,
          },
        ]),
      );
      return { optimization: { splitChunks: { cacheGroups } } };
    },
    async loadContent() {
      const result = loadZoo(dataDir);
      if (!result.ok) {
        throw new Error(
          `data/ has ${result.problems.length} problem(s):\n${result.problems.map(formatProblem).join('\n')}`,
        );
      }
      return result.zoo;
    },
    async contentLoaded({ content, actions }) {
      // loadContent either returned a valid zoo or threw. Nothing goes into global data (every
      // page would carry it): each page imports the data it renders (src/data/pageZoo.ts).
      const zoo = content as Zoo;
      const json = (data: unknown) => JSON.stringify(data);
      // Each locale is built on its own: a page carries its text in the locale it is built in.
      const locale: Locale = context.i18n.currentLocale === 'zh-Hans' ? 'zh-Hans' : 'en';
      // A page's data, and beside it its proofs, which its explanations fetch when first opened
      // (none for a page whose only explained figures are errata: its data holds those in full).
      const writePage = async (name: string, shows?: Shows, options?: PageOptions) => {
        const page = pageData(zoo, name, shows, { ...options, locale });
        if (page.proofs.length) await actions.createData(`proofs-${name}.json`, json(page.proofs));
        return actions.createData(`${name}.json`, json(page.zoo));
      };
      // A table page: its tables. Docs pages import these from their MDX (export default layout).
      for (const page of new Set(zoo.tables.map((t) => t.page))) {
        await writePage(`page-${page}`, (t) => t.page === page);
      }
      // Pages that render figures from rows across the zoo (charts, errata, finder, models): every row,
      // but no table of deltas, so only the errata's records. One chunk for all of them (configureWebpack).
      await writePage('zoo', undefined, { records: 'errata', modelDescriptions: true });
      // Pages that show no row: each its own file (and chunk, configureWebpack), without the rows.
      const none: Shows = () => false;
      await writePage('overview', none, { records: 'errata', tables: 'none', provenance: true });
      await writePage('data-files', none, { records: 'errata', tables: 'titles' });
      await writePage('upstream', none, { records: 'errata', tables: 'titles', legacyAnchors: true });
      // Shared links to a moved anchor are followed on every page (src/clientModules/landing.ts).
      await actions.createData('moved.json', json(zoo.permalinks.moved));
      // One page per model and dataset, in every locale (baseUrl carries the locale), with its rows.
      for (const page of modelPages(zoo)) {
        const data = await writePage(
          `model-${page.model}-${page.dataset}`,
          (_t, r) => r.model === page.model && r.dataset === page.dataset,
        );
        actions.addRoute({
          path: `${context.baseUrl}${page.path.slice(1)}`,
          component: '@site/src/components/ModelPage/index.tsx',
          exact: true,
          modules: { zoo: data },
          props: { model: page.model, dataset: page.dataset },
        });
      }
    },
    async postBuild({ outDir, content }) {
      // Links people shared must keep working: what the manifest promises is checked in the HTML
      // that was just built, in each locale, however the pages wrote their ids.
      const broken = checkBuiltPermalinks((content as Zoo).permalinks, outDir, context.i18n.currentLocale);
      if (broken.length) {
        throw new Error(
          `The built site breaks ${broken.length} published link(s):\n${broken.map(formatProblem).join('\n')}`,
        );
      }
      // Machine-readable proof of every delta and quoted figure, beside the pages.
      await fs.mkdir(path.join(outDir, 'data'), { recursive: true });
      const file = verificationFile(content as Zoo);
      await fs.writeFile(path.join(outDir, 'data', 'verification.json'), `${JSON.stringify(file, null, 2)}\n`);
      // Every table as JSON and CSV, and the whole zoo as one file (documented on the data-files page).
      const zoo = withRecords(content as Zoo);
      const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
      // Rows link to their English page, wherever the site is published (SITE_URL and BASE_URL).
      const site = context.siteConfig.url + rootBase(context.baseUrl, context.i18n).replace(/\/$/, '');
      await fs.writeFile(path.join(outDir, 'data', 'zoo.json'), json(exportZoo(zoo, site)));
      for (const table of zoo.tables) {
        await fs.writeFile(
          path.join(outDir, 'data', `${table.id}.json`),
          json(exportTable(zoo, table, table.rows, site)),
        );
        await fs.writeFile(path.join(outDir, 'data', `${table.id}.csv`), tableCsv(zoo, table, table.rows, site));
      }
      // robots.txt sits at the site root (the default locale's build) and names every locale's sitemap.
      const { defaultLocale, currentLocale, locales } = context.i18n;
      if (currentLocale === defaultLocale) {
        await fs.writeFile(
          path.join(outDir, 'robots.txt'),
          robotsTxt(context.siteConfig.url, context.baseUrl, locales, defaultLocale),
        );
      }
      // A page that moved keeps its old address: a small page that sends the reader on, #anchor included.
      for (const [from, to] of Object.entries((content as Zoo).permalinks.moved)) {
        if (from.includes('#')) continue;
        await fs.writeFile(path.join(outDir, `${from.slice(1)}.html`), redirectPage(context.baseUrl + to.slice(1)));
      }
    },
  };
}
