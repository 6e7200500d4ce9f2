/**
 * Keeps Prism out of the pages that show no highlighted code. The classic theme loads Prism, with
 * every grammar prism-react-renderer bundles, on every page at startup, through a client module
 * (theme-classic/lib/prism-include-languages) whose only job is to register
 * `prism.additionalLanguages`. This site registers none, so the browser's bundle gets nothing in
 * that module's place: main.js loses about 22 KB gzipped, and each page view about 100 ms of a
 * phone's main thread (at 4× CPU) spent building grammars. A page whose MDX holds a code fence still
 * gets Prism with the theme's CodeBlock, in its own chunk.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** The theme's client module, as the generated client-modules.js requires it (no extension). */
export function prismClientModule(): string {
  return path.join(path.dirname(require.resolve('@docusaurus/theme-classic')), 'prism-include-languages');
}

export default function leanPrism(context: LoadContext): Plugin {
  const prism = (context.siteConfig.themeConfig as { prism?: { additionalLanguages?: string[] } }).prism;
  return {
    name: 'lean-prism',
    configureWebpack(_config, isServer) {
      // Languages to register would need the module; so would the server, which renders code blocks.
      if (isServer || (prism?.additionalLanguages?.length ?? 0) > 0) return {};
      return { resolve: { alias: { [prismClientModule()]: false } } };
    },
  };
}
