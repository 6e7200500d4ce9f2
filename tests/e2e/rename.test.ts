/**
 * The whole life of a renamed row, in a copy of the project: the check fails
 * and names the old id; recording the move makes it pass; the site built from
 * it still lands the old anchor on the row, with and without JavaScript.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, ROOT } from '../projectCopy';
import { launch } from './browser';
import { serveBuild } from './server';

const OLD = 'prune-coco-mobilenetv1-r578-608';
const NEW = 'prune-coco-yolov3-mobilenetv1-r578-608';

let dir: string;
let browser: Browser;
let stop: (() => void) | undefined;

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const tsx = () => path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

beforeAll(() => {
  dir = copyProject('zoo-rename-');
  // rename the row, and every reference to it
  for (const file of ['data/tables/prune-coco.json', 'data/errata.json']) {
    const at = path.join(dir, file);
    fs.writeFileSync(at, fs.readFileSync(at, 'utf8').replaceAll(`"${OLD}"`, `"${NEW}"`));
  }
}, 60_000);

afterAll(async () => {
  stop?.();
  await browser?.close();
});

describe('renaming a row id', () => {
  it('stops npm run check, naming the old id', () => {
    const { code, out } = run([tsx(), 'scripts/check.ts']);
    expect(code).toBe(1);
    expect(out).toContain(`expected the anchor "${OLD}" on /pruning, or its move recorded in moved`);
  });

  it('passes once the move is recorded', () => {
    expect(run([tsx(), 'scripts/permalinks.ts', '--move', `/pruning#${OLD}=/pruning#${NEW}`]).code).toBe(0);
    expect(run([tsx(), 'scripts/check.ts']).code).toBe(0);
  });

  it('keeps the old anchor landing on the row in the built site', async () => {
    const build = run([path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--locale', 'en']);
    expect(build.code, build.out.slice(-2000)).toBe(0);
    const served = await serveBuild(dir, ROOT);
    stop = served.stop;
    browser = await launch();

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${served.baseUrl}/pruning#${OLD}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator(`tr#${NEW}`).evaluate((e) => e.classList.contains('zoo-landed'))).toBe(true);
    expect(await page.locator(`tr#${NEW}`).isVisible()).toBe(true);
    await page.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    const plain = await noScript.newPage();
    await plain.goto(`${served.baseUrl}/pruning#${OLD}`);
    const top = await plain.locator(`tr#${NEW}`).evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(720);
    await noScript.close();
  }, 240_000);
});
