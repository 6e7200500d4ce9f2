/**
 * The plain alternative the benches measure us against: a stock Docusaurus classic site (its 3.10
 * template's settings, tests/fixtures/bench-stock) whose one doc page, /pruning, holds the upstream
 * pruning tables as plain markdown: the first five tables of tests/fixtures/upstream-tables.md.
 * Built with the Docusaurus this project installs, into node_modules/.cache/bench-stock.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const HEADINGS = [
  'YOLOv3 on COCO',
  'YOLOv3 on Pascal VOC',
  '蒸馏通道剪裁模型 (COCO)',
  '蒸馏通道剪裁模型 (Pascal VOC)',
  'YOLOv3通道剪裁模型推理时延',
];

/** Builds the stock site (or, with `reuse`, keeps an earlier build) and returns its build folder. */
export function stockSite(root: string, { reuse = false } = {}): string {
  const site = path.join(root, 'node_modules/.cache/bench-stock');
  const build = path.join(site, 'build');
  if (reuse && fs.existsSync(path.join(build, 'pruning', 'index.html'))) return build;
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(path.join(site, 'docs'), { recursive: true });
  fs.copyFileSync(
    path.join(root, 'tests/fixtures/bench-stock/docusaurus.config.mjs'),
    path.join(site, 'docusaurus.config.mjs'),
  );
  const upstream = fs.readFileSync(path.join(root, 'tests/fixtures/upstream-tables.md'), 'utf8');
  const tables = upstream.split(/\n\s*\n/).filter((block) => block.trimStart().startsWith('|'));
  const doc = ['# 剪裁模型库', ...HEADINGS.flatMap((h, i) => [`## ${h}`, tables[i] ?? ''])].join('\n\n');
  fs.writeFileSync(path.join(site, 'docs/pruning.md'), `${doc}\n`);
  const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const built = spawnSync(process.execPath, [docusaurus, 'build', site], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the stock Docusaurus site (tests/fixtures/bench-stock) did not build');
  return build;
}
