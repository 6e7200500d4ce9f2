/**
 * Keeps out of every page's first load what the page does not show.
 *
 * - Prism. The classic theme loads it, with every grammar prism-react-renderer bundles, on every
 *   page at startup, through a client module (theme-classic/lib/prism-include-languages) whose only
 *   job is to register `prism.additionalLanguages`. This site registers none and highlights no code
 *   (src/theme/CodeBlock), so the browser's bundle gets nothing in that module's place: main.js
 *   loses ~34 KB gzipped, and a page view ~100 ms of a phone's main thread (4× CPU) spent building
 *   grammars. Set additionalLanguages and the module comes back.
 * - tslib. @docusaurus/utils-common's index requires it for one helper, which put all of it in
 *   main.js (4 KB gzipped); the browser's bundle gets the package without its index (utilsCommon.ts).
 * - The search bar's styles. Docusaurus puts all CSS in one stylesheet that every page loads; the
 *   search plugin's bar is fetched only when the reader reaches for it (src/theme/SearchBar), so
 *   its styles (~1.5 KB gzipped) now come with it, in its own chunk. The search page's styles stay
 *   in the stylesheet: that page is rendered on the server and must be styled before scripts run.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** The theme's client module, as the generated client-modules.js requires it (no extension). */
function prismClientModule(): string {
  return path.join(path.dirname(require.resolve('@docusaurus/theme-classic')), 'prism-include-languages');
}

/** The search bar's CSS module, which only the bar (never rendered on the server) imports. */
const SEARCH_BAR_CSS = /docusaurus-search-local[\\/].*[\\/]SearchBar[\\/]SearchBar\.module\.css$/;

export default function leanBundle(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as { prism?: { additionalLanguages?: string[] } }).prism;
  const registersLanguages = (prism?.additionalLanguages?.length ?? 0) > 0;
  return {
    name: 'lean-bundle',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        resolve: {
          alias: {
            ...(registersLanguages ? {} : { [prismClientModule()]: false }),
            '@docusaurus/utils-common$': fileURLToPath(new URL('./utilsCommon.ts', import.meta.url)),
          },
        },
        optimization: {
          splitChunks: {
            cacheGroups: {
              // Docusaurus's one-stylesheet group, narrowed (webpack-merge adds `test` to it).
              styles: {
                test: (module: { nameForCondition?: () => string | null }) =>
                  !SEARCH_BAR_CSS.test(module.nameForCondition?.() ?? ''),
              },
            },
          },
        },
      };
    },
  };
}
