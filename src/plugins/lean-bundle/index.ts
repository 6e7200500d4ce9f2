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
 * - Long class names. Docusaurus names a CSS module's class `<name>_<hash>` (`figure_bI8R`); in a
 *   production build, the site's own components and pages get the hash alone (`_x7Ke1`). A table
 *   cell carries up to three such names, and the same names fill the stylesheet and the scripts:
 *   /pruning's page view, gzipped, is ~1.2 KB lighter. The theme's and the plugins' classes keep
 *   their names, which their styles and ours match by (`[class*="searchHintContainer"]`); so do
 *   the theme components in src/theme, whose stand-in search bar copies the plugin's names.
 * - Infima's unused components and utility classes (unusedInfima.ts): their rules leave the
 *   stylesheet, and the build stops if a page or a script starts to name one of them.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { droppedClassesIn, dropUnusedInfima } from './unusedInfima';

const require = createRequire(import.meta.url);

/** The theme's client module, as the generated client-modules.js requires it (no extension). */
function prismClientModule(): string {
  return path.join(path.dirname(require.resolve('@docusaurus/theme-classic')), 'prism-include-languages');
}

/** The search bar's CSS module, which only the bar (never rendered on the server) imports. */
const SEARCH_BAR_CSS = /docusaurus-search-local[\\/].*[\\/]SearchBar[\\/]SearchBar\.module\.css$/;

interface CssLoaderUse {
  loader?: string;
  options?: { modules?: { localIdentName?: string; getLocalIdent?: unknown } };
}

/**
 * Gives the classes of the site's own CSS modules (src/components, src/pages) a short name, in place in Docusaurus's
 * rule for `.module.css` (the server's build and the browser's must name them alike). css-loader
 * then hashes the file's path and the class's name, as it does for Docusaurus's names.
 */
function shortClassNames(config: { module?: { rules?: unknown[] } }, siteDir: string): void {
  const ours = ['components', 'pages'].map((dir) => `${path.join(siteDir, 'src', dir)}${path.sep}`);
  for (const rule of config.module?.rules ?? []) {
    const uses = (rule as { use?: unknown }).use;
    if (!Array.isArray(uses)) continue;
    for (const use of uses as CssLoaderUse[]) {
      const modules = use.options?.modules;
      if (!use.loader?.includes('css-loader') || !modules) continue;
      // The css-loader of this very rule, wherever the package manager put it.
      const { defaultGetLocalIdent } = require(use.loader) as {
        defaultGetLocalIdent: (l: unknown, n: string, local: string, o: unknown) => string;
      };
      modules.getLocalIdent = (
        loader: { resourcePath: string },
        _name: string,
        local: string,
        options: Record<string, unknown>,
      ): string | undefined =>
        // undefined: css-loader names the class as Docusaurus asked (`[local]_[contenthash:base64:4]`)
        ours.some((dir) => loader.resourcePath.startsWith(dir))
          ? defaultGetLocalIdent(loader, '_[hash:base64:5]', local, options)
          : undefined;
    }
  }
}

/** Each built page or script (a locale's build, outDir) that names a class whose styles were dropped. */
function namesOfDroppedStyles(outDir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const kind = entry.endsWith('.html') ? 'html' : entry.endsWith('.js') ? 'js' : undefined;
    if (!kind) continue;
    const names = droppedClassesIn(fs.readFileSync(path.join(outDir, entry), 'utf8'), kind);
    if (names.length > 0) found.push(`${path.join(outDir, entry)}: ${names.join(', ')}`);
  }
  return found;
}

export default function leanBundle(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as { prism?: { additionalLanguages?: string[] } }).prism;
  const registersLanguages = (prism?.additionalLanguages?.length ?? 0) > 0;
  return {
    name: 'lean-bundle',
    configurePostCss(options) {
      // First: Docusaurus's cascade-layers plugin then wraps Infima's rules in an @layer, moving them
      // into a new parent, and rules removed after that move were only half of them (every other one).
      options.plugins.unshift(dropUnusedInfima());
      return options;
    },
    async postBuild({ outDir }) {
      const found = namesOfDroppedStyles(outDir);
      if (found.length > 0) {
        throw new Error(
          `The build names Infima classes whose styles lean-bundle drops:\n${found.join('\n')}\n` +
            'Keep their styles: take the component out of UNUSED_COMPONENTS, or add the utility to USED_UTILITIES ' +
            '(src/plugins/lean-bundle/unusedInfima.ts).',
        );
      }
    },
    configureWebpack(config, isServer) {
      if (process.env.NODE_ENV === 'production') shortClassNames(config, context.siteDir);
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
