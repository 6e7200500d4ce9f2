/**
 * The plain alternative the benches measure us against: a stock Docusaurus classic site (its 3.10
 * template's settings, tests/fixtures/bench-stock) whose one doc page, /pruning, holds the upstream
 * pruning tables as plain markdown: the first five tables of tests/fixtures/upstream-tables.md.
 * Built with the Docusaurus this project installs, into node_modules/.cache/bench-stock.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const HEADINGS = [
  'YOLOv3 on COCO',
  'YOLOv3 on Pascal VOC',
  '蒸馏通道剪裁模型 (COCO)',
  '蒸馏通道剪裁模型 (Pascal VOC)',
  'YOLOv3通道剪裁模型推理时延',
];

/** Builds the stock site (or, with `reuse`, keeps an earlier build of the same inputs) and returns its build folder. */
export function stockSite(root: string, { reuse = false } = {}): string {
  const site = path.join(root, 'node_modules/.cache/bench-stock');
  const build = path.join(site, 'build');
  const inputs = {
    config: path.join(root, 'tests/fixtures/bench-stock/docusaurus.config.mjs'),
    // The template ships a favicon; this site gets ours, so both pages' tabs fetch the same icon.
    favicon: path.join(root, 'static/img/favicon.png'),
    upstream: path.join(root, 'tests/fixtures/upstream-tables.md'),
  };
  const fingerprint = createHash('sha256');
  // …and how this file puts the page together, and the Docusaurus that builds it.
  const builder = [
    path.join(root, 'scripts/lib/stockSite.ts'),
    path.join(root, 'node_modules/@docusaurus/core/package.json'),
  ];
  for (const file of [...Object.values(inputs), ...builder]) fingerprint.update(fs.readFileSync(file));
  const stamp = path.join(site, 'inputs.sha256');
  const digest = fingerprint.digest('hex');
  const same = fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === digest;
  if (reuse && same && fs.existsSync(path.join(build, 'pruning', 'index.html'))) return build;
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(path.join(site, 'docs'), { recursive: true });
  fs.mkdirSync(path.join(site, 'static/img'), { recursive: true });
  fs.copyFileSync(inputs.config, path.join(site, 'docusaurus.config.mjs'));
  fs.copyFileSync(inputs.favicon, path.join(site, 'static/img/favicon.png'));
  const upstream = fs.readFileSync(inputs.upstream, 'utf8');
  const tables = upstream.split(/\n\s*\n/).filter((block) => block.trimStart().startsWith('|'));
  const doc = ['# 剪裁模型库', ...HEADINGS.flatMap((h, i) => [`## ${h}`, tables[i] ?? ''])].join('\n\n');
  fs.writeFileSync(path.join(site, 'docs/pruning.md'), `${doc}\n`);
  const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const built = spawnSync(process.execPath, [docusaurus, 'build', site], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the stock Docusaurus site (tests/fixtures/bench-stock) did not build');
  fs.writeFileSync(stamp, digest);
  return build;
}
