/**
 * A problem in the data, reported as
 *   data/<file>.json › <path>: expected <what>, found <what>
 * so that a contributor can go straight to the cell and see what to change.
 */
import type { z } from 'zod';

/** The rules of `src/data/checks`, one a module, named like the check that applies it. */
export type CheckRule =
  | 'uniqueIds'
  | 'references'
  | 'rowShape'
  | 'summaryText'
  | 'prunedRatios'
  | 'counts'
  | 'urlPolicy'
  | 'deltaForm'
  | 'crossTable'
  | 'deltaAgreement'
  | 'claimAgreement'
  | 'errataRegister';

/**
 * The rule that found a problem. Code that treats problems differently decides by this, never by
 * a message's wording:
 * - `file`: a data file that cannot be read; `json`: not valid JSON; `duplicateKey`: a key twice
 *   in one object; `schema`: a value its schema refuses; `fileName`: a table whose id is not its
 *   file's name; `sourceListing`: data/source.json and data/tables/ list different tables;
 * - the checks' own rules (`CheckRule`);
 * - `permalinks`: data/permalinks.json and the pages disagree; `translation`: a Chinese page that
 *   does not match its English one.
 */
export type Rule =
  | 'file'
  | 'json'
  | 'duplicateKey'
  | 'schema'
  | 'fileName'
  | 'sourceListing'
  | CheckRule
  | 'permalinks'
  | 'translation';

export interface Problem {
  rule: Rule;
  /** Path from the repository root, e.g. `data/tables/prune-coco.json`. */
  file: string;
  /** JSON path inside the file (`rows[2].cells.gflops.delta`), or `line 3, column 5` for a syntax error. */
  path: string;
  expected: string;
  found: string;
  /**
   * A sentence that says expected and found in its own order, where that reads
   * better (a disagreeing delta: "published X, but … gives Y (agrees: …)").
   */
  message?: string;
}

/** A problem as a check module writes it; `runChecks` adds the rule, which is the check's own. */
export type Finding = Omit<Problem, 'rule'>;

export function formatProblem(p: Problem): string {
  const what = p.message ?? `expected ${p.expected}, found ${p.found}`;
  return `${p.file} › ${p.path || '(top level)'}: ${what}`;
}

/** `['rows', 2, 'cells', 'gflops']` → `rows[2].cells.gflops` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short, exact description of a value found in the data. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return 'an object';
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** Turns zod issues into problems: one per issue, one per unknown key. */
export function problemsFromZod(file: string, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({
            rule: 'schema',
            file,
            path: formatPath([...issue.path, key]),
            expected: 'no field of this name (unknown fields are not allowed)',
            found: `the field ${JSON.stringify(key)}`,
          });
        }
        break;
      case 'invalid_type':
        out.push({
          rule: 'schema',
          file,
          path,
          // A schema may say what it wants in its own words; zod's default starts "Invalid input".
          expected: issue.message.startsWith('Invalid input') ? article(issue.expected) : issue.message,
          found: describe(input),
        });
        break;
      case 'invalid_value':
        out.push({
          rule: 'schema',
          file,
          path,
          expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          found: describe(input),
        });
        break;
      case 'invalid_key':
        // A record key (a cell's metric id) failed its own schema.
        out.push({
          rule: 'schema',
          file,
          path,
          expected: `a key that is ${issue.issues[0]?.message ?? 'valid'}`,
          found: describe(input),
        });
        break;
      case 'invalid_union': {
        // zod's own message for a union is just "Invalid input": say instead what each alternative
        // wanted (a number or one of "auto"), from the first problem of each. An alternative that
        // failed inside the value (a field of an object) wanted the value in another shape.
        const wanted = issue.message.startsWith('Invalid input')
          ? issue.errors.flatMap((branch) => {
              const first = branch[0];
              if (!first) return [];
              if (first.path.length > 0)
                return [typeof first.path[0] === 'number' ? 'an array of another shape' : 'an object of another shape'];
              return problemsFromZod(file, [first])
                .slice(0, 1)
                .map((p) => p.expected);
            })
          : [];
        out.push({
          rule: 'schema',
          file,
          path,
          expected: wanted.length > 0 ? [...new Set(wanted)].join(' or ') : issue.message,
          found: describe(input),
        });
        break;
      }
      default:
        // Our schemas phrase every custom message as the expectation itself.
        out.push({ rule: 'schema', file, path, expected: issue.message, found: describe(input) });
    }
  }
  return out;
}
