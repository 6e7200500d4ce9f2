/**
 * Reads the text of one data file as strict JSON. Stricter than JSON.parse where JSON.parse is
 * silently lenient, and kinder where it is confusing:
 * - a key written twice in one object is an error naming both lines (JSON.parse keeps the last,
 *   so a mistyped figure could replace a checked one unseen);
 * - a byte-order mark, which Windows editors may write, is accepted (JSON.parse reports it as a
 *   syntax error at a misleading place);
 * - a syntax error is reported at its line and column.
 */
import { getNodePath, type Node, parseTree } from 'jsonc-parser';
import { formatPath, type Problem } from './problems';

const BOM = '\uFEFF';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

export function parseStrictJson(file: string, raw: string): JsonResult {
  const text = raw.startsWith(BOM) ? raw.slice(BOM.length) : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(file, text, error as Error)] };
  }
  const problems = duplicateKeys(file, text);
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Every key that appears twice in one object. The text is valid JSON here, so its tree is whole. */
function duplicateKeys(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  const visit = (node: Node) => {
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (!first) {
          seen.set(name, key);
          continue;
        }
        out.push({
          rule: 'duplicateKey',
          file,
          path: formatPath([...getNodePath(node), name]),
          expected: 'each key once in an object (JSON keeps only the last, silently)',
          found: `${JSON.stringify(name)} on line ${lineAt(text, first.offset)} and again on line ${lineAt(text, key.offset)}`,
        });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  const root = parseTree(text);
  if (root) visit(root);
  return out;
}

/**
 * JSON.parse reports a character offset; readers want line and column.
 * V8's wording differs between Node versions, so only the offset is relied on.
 */
function syntaxProblem(file: string, text: string, error: Error): Problem {
  const match = /position (\d+)/.exec(error.message);
  const offset = match ? Number(match[1]) : text.length;
  const line = lineAt(text, offset);
  const column = offset - text.slice(0, offset).lastIndexOf('\n');
  const near = offset < text.length ? JSON.stringify(text.slice(offset, offset + 12)) : 'the end of the file';
  return {
    rule: 'json',
    file,
    path: `line ${line}, column ${column}`,
    expected: 'valid JSON',
    found: `${near} (${error.message.replace(/\s*\(line \d+ column \d+\)$/, '')})`,
  };
}
