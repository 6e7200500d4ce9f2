/**
 * What each MDX page publishes as links: its route, the explicit heading ids
 * (`{/* #id *\/}`) and the data components that render anchors. A light reading
 * of the MDX sources: the browser tests check it against the built pages.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DocPage {
  /** Path from the repository root. */
  file: string;
  route: string;
  headings: string[];
  tables: string[];
  strategies: string[];
  /** Datasets whose trade-off charts the page shows. */
  charts: string[];
  errata: boolean;
}

const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1] as string);

export function readDoc(root: string, file: string): DocPage {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const slug = /^slug:\s*(\S+)\s*$/m.exec(front)?.[1];
  return {
    file,
    route: slug ?? `/${path.basename(file).replace(/\.mdx?$/, '')}`,
    headings: text
      .split('\n')
      // The page title (h1) renders without an id: a page's own URL is its link.
      .filter((line) => /^#{2,6}\s/.test(line))
      .flatMap((line) => all(line, /\{\/\*\s*#([^\s*]+)\s*\*\/\}/g)),
    tables: all(text, /<BenchmarkTable\s+id="([^"]+)"/g),
    strategies: all(text, /<StrategyList\s+technique="([^"]+)"/g),
    charts: all(text, /<TradeoffCharts\s+dataset="([^"]+)"/g),
    errata: /<ErrataList\b/.test(text),
  };
}

/** Every page of one locale's docs: `docs/` for English, the i18n folder for Chinese. */
export function readDocs(root: string, dir: string): DocPage[] {
  return fs
    .readdirSync(path.join(root, dir))
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => readDoc(root, path.join(dir, f)));
}

export const DOC_DIRS = { en: 'docs', 'zh-Hans': 'i18n/zh-Hans/docusaurus-plugin-content-docs/current' } as const;
