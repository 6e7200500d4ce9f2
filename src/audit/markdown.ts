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

function tableOf(node: Table, heading: string): MdTable {
  const [head, ...body] = node.children;
  const cellsOf = (row: Table['children'][number]): MdCell[] =>
    row.children.map((cell) => ({ text: mdToString(cell).trim(), links: linksIn(cell.children) }));
  return {
    heading,
    line: node.position?.start.line ?? 0,
    headers: head ? cellsOf(head).map((c) => c.text) : [],
    rows: body.map((row) => ({ line: row.position?.start.line ?? 0, cells: cellsOf(row) })),
  };
}

export function markdownTables(markdown: string): MdTable[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const tables: MdTable[] = [];
  let heading = '';
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') heading = mdToString(node as Heading).trim();
      else if (node.type === 'table') tables.push(tableOf(node, heading));
      else if ('children' in node && node.type !== 'paragraph') walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return tables;
}
