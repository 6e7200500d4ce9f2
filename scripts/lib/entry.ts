/**
 * Starts a script's `main` when that script is the program Node was asked to run, however it was
 * reached. Comparing `import.meta.url` with `process.argv[1]` as written fails when `node_modules`
 * is a symlink (shared caches, mounted volumes): Node reports the module at its real path, argv
 * keeps the link, and the script silently did nothing. Both sides are compared as real paths.
 *
 * It also leaves a mark that it started, so `scripts/run.mjs` can fail closed: a script it ran that
 * never started its `main` is an error, not a pass.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Set on globalThis once a script's main has started; read by scripts/run.mjs. */
export const STARTED = Symbol.for('zoo.scripts.started');

// A main returns its exit code (a number, or a promise of one); anything else leaves the code alone.
type Main = () => unknown;

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Whether the module at `moduleUrl` is the file Node was started with (`argv1`), links resolved. */
export function isEntry(moduleUrl: string, argv1: string | undefined = process.argv[1]): boolean {
  if (!argv1 || !moduleUrl.startsWith('file:')) return false;
  const self = realPath(fileURLToPath(moduleUrl));
  return self !== undefined && self === realPath(argv1);
}

/**
 * Runs `main` if this module is the entry point; its number becomes the exit code. A throw is
 * printed and exits 1, so nothing that stops a check can end in a pass.
 */
export function runIfEntry(moduleUrl: string, main: Main): void {
  if (!isEntry(moduleUrl)) return;
  (globalThis as Record<symbol, unknown>)[STARTED] = true;
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        if (typeof code === 'number') process.exitCode = code;
      },
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
}
