/**
 * Scripts fail closed. `npm run check` in a copy of the project whose node_modules is a symlink (as
 * in shared caches and mounted volumes) still runs and still stops on a broken data file; a script
 * that never starts its main is an error, not a silent pass.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEntry } from '../../scripts/lib/entry';
import { copyProject } from '../projectCopy';

// What `npm run check` reads: the scripts, the code they bundle, the data and both locales' docs.
const NEEDED = ['package.json', 'tsconfig.json', 'scripts', 'src', 'data', 'docs', 'i18n'];

let dir: string;

function npm(args: string[]) {
  const result = spawnSync('npm', args, { cwd: dir, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  dir = copyProject('zoo-linked-', NEEDED);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('isEntry', () => {
  it('matches a module reached through a symlink to the file Node was started with', () => {
    const real = path.join(dir, 'data', 'source.json');
    const link = path.join(dir, 'linked-source.json');
    fs.symlinkSync(real, link);
    expect(isEntry(pathToFileURL(real).href, link)).toBe(true);
    expect(isEntry(pathToFileURL(link).href, real)).toBe(true);
  });

  it('does not match another file, a missing file or no file', () => {
    const real = pathToFileURL(path.join(dir, 'data', 'source.json')).href;
    expect(isEntry(real, path.join(dir, 'data', 'models.json'))).toBe(false);
    expect(isEntry(real, path.join(dir, 'no-such-file'))).toBe(false);
    expect(isEntry(real, undefined)).toBe(false);
  });
});

describe('npm run check with a symlinked node_modules', () => {
  it('passes on good data, saying what it checked', () => {
    const { code, out } = npm(['run', 'check']);
    expect(code, out).toBe(0);
    expect(out).toContain('✓ data/ is valid: 9 tables, 85 rows');
  }, 60_000);

  it('fails on a truncated data file, naming it', () => {
    const file = path.join(dir, 'data/tables/prune-coco.json');
    const whole = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, whole.slice(0, Math.floor(whole.length / 2)));
    try {
      const { code, out } = npm(['run', 'check']);
      expect(code).toBe(1);
      expect(out).toMatch(/data\/tables\/prune-coco\.json › line \d+, column \d+: expected valid JSON/);
      expect(out).toContain('✗ 1 problem in data/');
    } finally {
      fs.writeFileSync(file, whole);
    }
  }, 60_000);

  it('exits non-zero when a script never starts its main', () => {
    fs.writeFileSync(path.join(dir, 'scripts/forgot-main.ts'), 'export function main(): number {\n  return 0;\n}\n');
    const result = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/forgot-main.ts'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('scripts/forgot-main.ts did not start');
  }, 60_000);
});
