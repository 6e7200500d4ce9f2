/**
 * Every GFM table of a markdown document, with the heading it sits under and its source lines,
 * read by remark (the parser Docusaurus itself uses), so escaped pipes, inline code and links
 * are understood as GitHub renders them.
 */
import type { Heading, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MdCell {
  /** The cell as text (markup removed, spaces trimmed). */
  text: string;
  /** The targets of the links in the cell, in order. */
  links: string[];
}

export interface MdRow {
  /** 1-based line in the file. */
  line: number;
  cells: MdCell[];
}

export interface MdTable {
  /** The nearest heading above the table ("" when there is none). */
  heading: string;
  /** The headings the table sits under, outermost first, the document's title (h1) left out. */
  headings: string[];
  /** The paragraph just before the table, which often says what the table is about. */
  before: string;
  line: number;
  headers: string[];
  rows: MdRow[];
}

function linksIn(nodes: PhrasingContent[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'link') return [node.url];
    return 'children' in node ? linksIn(node.children as PhrasingContent[]) : [];
  });
}

function tableOf(node: Table, headings: string[], before: string): MdTable {
  const [head, ...body] = node.children;
  const cellsOf = (row: Table['children'][number]): MdCell[] =>
    row.children.map((cell) => ({ text: mdToString(cell).trim(), links: linksIn(cell.children) }));
  return {
    heading: headings.at(-1) ?? '',
    headings: headings.filter(Boolean),
    before,
    line: node.position?.start.line ?? 0,
    headers: head ? cellsOf(head).map((c) => c.text) : [],
    rows: body.map((row) => ({ line: row.position?.start.line ?? 0, cells: cellsOf(row) })),
  };
}

export function markdownTables(markdown: string): MdTable[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const tables: MdTable[] = [];
  // path[d] is the current heading of depth d + 2 (h2, h3, …).
  const path: string[] = [];
  let title = '';
  let before = '';
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const text = mdToString(node as Heading).trim();
        before = '';
        if (node.depth === 1) {
          title = text;
          path.length = 0;
        } else {
          path.length = node.depth - 2;
          path[node.depth - 2] = text;
        }
      } else if (node.type === 'table') {
        const headings = path.filter(Boolean);
        tables.push(tableOf(node, headings.length > 0 ? headings : [title].filter(Boolean), before));
        before = '';
      } else if (node.type === 'paragraph') {
        before = mdToString(node).trim();
      } else if ('children' in node) {
        walk(node.children as RootContent[]);
      }
    }
  };
  walk(tree.children);
  return tables;
}
