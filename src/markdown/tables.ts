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

/** A paragraph or list item of the text right under a table, before the next heading or table. */
export interface MdText {
  line: number;
  text: string;
}

export interface MdTable {
  /** The nearest heading above the table ("" when there is none). */
  heading: string;
  /** The headings the table sits under, outermost first, the document's title (h1) left out. */
  headings: string[];
  /** The document's title (its h1), "" when there is none. */
  title: string;
  /** The paragraph just before the table, which often says what the table is about. */
  before: string;
  line: number;
  headers: string[];
  rows: MdRow[];
  /** The text under the table, which often quotes its figures. */
  after: MdText[];
}

/**
 * A footnote marker inside a cell, `student<sup>[1](#note)</sup>`, `student<sup>1</sup>` or
 * `student[^1]`, is not part of what the cell says: what is inside <sup>…</sup>, an in-page link
 * and a GFM footnote reference are left out of the cell's text and links.
 */
function withoutFootnotes(nodes: PhrasingContent[]): PhrasingContent[] {
  const kept: PhrasingContent[] = [];
  let inSup = 0;
  for (const node of nodes) {
    if (node.type === 'html') {
      if (/^<sup\b/i.test(node.value)) inSup++;
      else if (/^<\/sup>/i.test(node.value)) inSup = Math.max(0, inSup - 1);
      continue;
    }
    if (inSup > 0 || node.type === 'footnoteReference') continue;
    if (node.type === 'link' && node.url.startsWith('#')) continue;
    kept.push(node);
  }
  return kept;
}

function textOf(nodes: PhrasingContent[]): string {
  return withoutFootnotes(nodes)
    .map((node) => ('children' in node ? textOf(node.children as PhrasingContent[]) : mdToString(node)))
    .join('');
}

function linksIn(nodes: PhrasingContent[]): string[] {
  return withoutFootnotes(nodes).flatMap((node) => {
    if (node.type === 'link') return [node.url];
    return 'children' in node ? linksIn(node.children as PhrasingContent[]) : [];
  });
}

function tableOf(node: Table, headings: string[], title: string, before: string): MdTable {
  const [head, ...body] = node.children;
  const cellsOf = (row: Table['children'][number]): MdCell[] =>
    row.children.map((cell) => ({ text: textOf(cell.children).trim(), links: linksIn(cell.children) }));
  return {
    heading: headings.at(-1) ?? '',
    headings: headings.filter(Boolean),
    title,
    before,
    line: node.position?.start.line ?? 0,
    headers: head ? cellsOf(head).map((c) => c.text) : [],
    rows: body.map((row) => ({ line: row.position?.start.line ?? 0, cells: cellsOf(row) })),
    after: [],
  };
}

export function markdownTables(markdown: string): MdTable[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const tables: MdTable[] = [];
  // path[d] is the current heading of depth d + 2 (h2, h3, …).
  const path: string[] = [];
  let title = '';
  let before = '';
  // The table whose text follows, until the next heading or table.
  let under: MdTable | undefined;
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const text = mdToString(node as Heading).trim();
        before = '';
        under = undefined;
        if (node.depth === 1) {
          title = text;
          path.length = 0;
        } else {
          path.length = node.depth - 2;
          path[node.depth - 2] = text;
        }
      } else if (node.type === 'table') {
        const headings = path.filter(Boolean);
        under = tableOf(node, headings.length > 0 ? headings : [title].filter(Boolean), title, before);
        tables.push(under);
        before = '';
      } else if (node.type === 'paragraph') {
        before = mdToString(node).trim();
        under?.after.push({ line: node.position?.start.line ?? 0, text: before });
      } else if ('children' in node) {
        walk(node.children as RootContent[]);
      }
    }
  };
  walk(tree.children);
  return tables;
}
