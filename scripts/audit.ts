/**
 * `npm run audit -- <file.md> [--all]`: checks every published delta in the GFM tables of any
 * markdown file against the figures it is derived from, with the rules of `npm run check`.
 * Prints each disagreement (every check with --all) and what could not be checked, then a
 * summary; exits 1 when a delta disagrees, 2 when the file cannot be read. Writes nothing.
 */
import { type Audit, auditMarkdown, type Check } from '../src/markdown/audit';
import { readText } from './lib/args';
import { runIfEntry } from './lib/entry';

const OUTCOME: Record<Check['outcome'], string> = {
  agrees: 'agrees',
  rounding: 'agrees only through rounding',
  disagrees: 'DISAGREES',
};

export function report(audit: Audit, { all = false } = {}): string {
  const lines: string[] = [];
  const shown = audit.checks.filter((c) => all || c.outcome === 'disagrees');
  for (const c of shown) {
    lines.push(`${OUTCOME[c.outcome]}  ${c.heading} › ${c.row} › ${c.column} (line ${c.line})`);
    lines.push(`    published ${c.published}, the figures give ${c.computed}  [${c.formula}]`);
  }
  if (audit.unchecked.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push('Not checked:');
    for (const u of audit.unchecked) {
      lines.push(`  ${u.reason}  ${u.heading} › ${u.row} › ${u.column} (line ${u.line}): ${JSON.stringify(u.cell)}`);
    }
  }
  const count = (o: Check['outcome']) => audit.checks.filter((c) => c.outcome === o).length;
  if (lines.length > 0) lines.push('');
  lines.push(
    `${audit.tables} tables, ${audit.checks.length} deltas checked: ${count('agrees')} agree, ` +
      `${count('rounding')} agree only through rounding, ${count('disagrees')} disagree; ` +
      `${audit.unchecked.length} not checked.`,
  );
  return lines.join('\n');
}

export function main(args: string[], out: (text: string) => void = console.log): number {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    out('usage: npm run audit -- <file.md> [--all]');
    return 2;
  }
  const markdown = readText(file, out);
  if (markdown === undefined) return 2;
  const audit = auditMarkdown(markdown);
  out(report(audit, { all: args.includes('--all') }));
  return audit.checks.some((c) => c.outcome === 'disagrees') ? 1 : 0;
}

runIfEntry(import.meta.url, () => main(process.argv.slice(2)));
