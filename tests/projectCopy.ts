/**
 * A copy of this project in a temporary directory, for tests that run its commands on changed
 * files (a broken data file, a renamed row, a sub-path build) without touching the checkout.
 * node_modules is a symlink to ours, as in shared caches and mounted volumes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
const SKIP = ['node_modules', 'build', '.docusaurus', '.git'];

/** Copies `only` those top-level entries, or everything but builds and dependencies. */
export function copyProject(prefix: string, only?: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const entries = only ?? fs.readdirSync(ROOT).filter((e) => !SKIP.includes(e));
  for (const entry of entries) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}
