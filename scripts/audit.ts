/**
 * `npm run audit -- <file.md> [--all] [--json]`: checks every published delta in the GFM tables of
 * any markdown file against the figures it is derived from, with the rules of `npm run check`.
 * Prints each disagreement (every check with --all), each likely slip in the text under a table,
 * what could not be checked and why, the links that need a look, then a summary. `--json` prints
 * the same as one JSON document (README, "Auditing any model zoo"). Exits 1 when a delta
 * disagrees, 2 when the file cannot be read or the arguments are wrong. Writes nothing.
 */
import { parseArgs } from 'node:util';
import { type Audit, auditMarkdown, type Finding, summarize, type Verdict } from '../src/markdown/audit';
import { readText } from './lib/args';
import { runIfEntry } from './lib/entry';

const USAGE = 'usage: npm run audit -- <file.md> [--all] [--json]';

const VERDICT: Record<Exclude<Verdict, 'not-checked'>, string> = {
  agrees: 'agrees',
  rounding: 'agrees only through rounding',
  disagrees: 'DISAGREES',
};

const place = (f: { table: string; row: string; column: string }) => `${f.table} › ${f.row} › ${f.column}`;

/**
 * The findings a reader is shown: every disagreement and what was not checked; with --all also
 * the deltas that agree (exactly or only through rounding).
 */
const shown = (audit: Audit, all: boolean): Finding[] =>
  audit.findings.filter((f) => all || f.verdict === 'disagrees' || f.verdict === 'not-checked');

export function report(audit: Audit, { all = false } = {}): string {
  const lines: string[] = [];
  for (const f of shown(audit, all)) {
    if (f.verdict === 'not-checked') continue;
    if (f.source === 'text') {
      lines.push(`LIKELY SLIP  ${place(f)} (line ${f.line})`);
      lines.push(`    the text quotes ${f.published}; the table prints ${f.computed}`);
      continue;
    }
    lines.push(`${VERDICT[f.verdict]}  ${place(f)} (line ${f.line})`);
    lines.push(`    published ${f.published}, the figures give ${f.computed}  [${f.formula}]`);
  }
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    if (lines.length > 0) lines.push('');
    lines.push(title, ...items);
  };
  section(
    'Not checked:',
    audit.findings
      .filter((f) => f.verdict === 'not-checked')
      .map((f) => `  ${f.reason}  ${place(f)} (line ${f.line}): ${JSON.stringify(f.published)}`),
  );
  section(
    'Links:',
    audit.links.map((l) => `  ${l.problem}  ${place(l)} (line ${l.line}): ${JSON.stringify(l.url)}`),
  );
  const s = summarize(audit);
  if (lines.length > 0) lines.push('');
  lines.push(
    `${s.tables} tables, ${s.checked} deltas checked: ${s.agrees} agree, ${s.rounding} agree only through rounding, ` +
      `${s.disagrees} disagree; ${s.notChecked} not checked; ${s.textSlips} likely slips in the text. ` +
      `Links: ${s.links['empty link']} empty, ${s.links['non-https link']} non-https, ${s.links['relative link']} relative.`,
  );
  return lines.join('\n');
}

/** The --json document: one object, stable field names, for other repositories' CI. */
export function json(audit: Audit, { all = false } = {}) {
  return {
    findings: shown(audit, all),
    links: audit.links,
    summary: summarize(audit),
  };
}

export function main(args: string[], out: (text: string) => void = console.log): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    out(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    out(USAGE);
    return 2;
  }
  const markdown = readText(file, out);
  if (markdown === undefined) return 2;
  const audit = auditMarkdown(markdown);
  const all = parsed.values.all ?? false;
  out(parsed.values.json ? JSON.stringify(json(audit, { all }), null, 2) : report(audit, { all }));
  return audit.findings.some((f) => f.verdict === 'disagrees') ? 1 : 0;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: { all: { type: 'boolean' }, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
}

runIfEntry(import.meta.url, () => main(process.argv.slice(2)));
