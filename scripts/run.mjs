// Runs a TypeScript entry point in scripts/ quickly: esbuild bundles it (our code only; packages stay
// external) into node_modules/.cache, then Node runs the result. `npm run check` starts in a few
// hundred milliseconds this way, where a TypeScript loader needs over a second.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs scripts/<name>.ts [args…]');
  process.exit(2);
}
// One bundle per run (the process id in its name): two runs at once, in this project or in a copy
// sharing its node_modules, never import each other's half-written file. Removed once loaded.
const outfile = path.resolve('node_modules/.cache/zoo-scripts', `${path.basename(entry, '.ts')}-${process.pid}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
});
process.argv = [process.argv[0], outfile, ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  fs.rmSync(outfile, { force: true });
}
// Fail closed: a script that never started its main (scripts/lib/entry.ts) checked nothing, and
// must not look like a pass.
if (!globalThis[Symbol.for('zoo.scripts.started')]) {
  console.error(`${entry} did not start: it has no runIfEntry(import.meta.url, main), or it did not match ${outfile}.`);
  process.exit(2);
}
