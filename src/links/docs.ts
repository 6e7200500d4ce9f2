/**
 * What each MDX page publishes as links: its route, the explicit heading ids
 * (`{/* #id *\/}`) and the data components that render anchors. Read from the
 * page's MDX syntax tree (remark-mdx, the parser Docusaurus uses), so a prop
 * written in any quoting, order or line layout counts, and an example in a code
 * block or a comment does not. The built pages are checked too (./built.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Heading, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

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

// As Docusaurus reads them (markdown.format 'detect'): .mdx as MDX, .md as CommonMark; both with
// GFM and math, whose `$…{…}…$` would otherwise be taken for JSX expressions.
const parsers = {
  mdx: unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath),
  md: unified().use(remarkParse).use(remarkGfm).use(remarkMath),
};

/** A JSX prop's string value: `"x"`, `'x'`, or a plain string literal in braces (`{"x"}`). */
function prop(element: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = element.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  const value = attribute?.value;
  if (typeof value === 'string') return value;
  const literal = value ? /^\s*(["'`])([^"'`]*)\1\s*$/.exec(value.value) : null;
  return literal?.[2];
}

/** The id a heading carries in Docusaurus's MDX form, `## Title {/* #id *\/}`. */
function headingId(heading: Heading): string | undefined {
  for (const child of heading.children) {
    if (child.type !== 'mdxTextExpression') continue;
    const id = /^\s*\/\*\s*#(\S+?)\s*\*\/\s*$/.exec(child.value)?.[1];
    if (id) return id;
  }
  return undefined;
}

export function readDoc(root: string, file: string): DocPage {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  // Front matter is YAML before the MDX; only its slug matters here.
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(?:\r?\n|$)/.exec(text);
  const front = frontMatter?.[1] ?? '';
  const slug = /^slug:\s*['"]?([^'"\s]+)['"]?\s*$/m.exec(front)?.[1];
  const body = frontMatter ? text.slice(frontMatter[0].length) : text;
  const tree = parsers[file.endsWith('.mdx') ? 'mdx' : 'md'].parse(body) as Root;
  const page: DocPage = {
    file,
    route: slug ?? `/${path.basename(file).replace(/\.mdx?$/, '')}`,
    headings: [],
    tables: [],
    strategies: [],
    charts: [],
    errata: false,
  };
  visit(tree, (node) => {
    // The page title (h1) renders without an id: a page's own URL is its link.
    if (node.type === 'heading' && node.depth >= 2) {
      const id = headingId(node);
      if (id) page.headings.push(id);
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const add = (list: string[], value: string | undefined) => value !== undefined && list.push(value);
    if (node.name === 'BenchmarkTable') add(page.tables, prop(node, 'id'));
    if (node.name === 'StrategyList') add(page.strategies, prop(node, 'technique'));
    if (node.name === 'TradeoffCharts') add(page.charts, prop(node, 'dataset'));
    if (node.name === 'ErrataList') page.errata = true;
  });
  return page;
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
