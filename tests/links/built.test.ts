/**
 * The permalink guard reads the built pages: an anchor the manifest promises must be an element's
 * id in the HTML of every locale, however the source wrote it; the build stops otherwise.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadZoo } from '../../src/data/load';
import { formatProblem } from '../../src/data/problems';
import type { Permalinks } from '../../src/data/schemas';
import { checkBuiltPermalinks, idsInHtml } from '../../src/links/built';
import zooDataPlugin from '../../src/plugins/zoo-data';

function outDir(pages: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zoo-built-'));
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

describe('the ids of a built page', () => {
  it('are read in every quoting a minifier or a hand may use, entities decoded', () => {
    const html = `<main><h2 id=plain>a</h2><tr id='single'><td id="double"><a id="a&amp;b"></a></main>`;
    expect([...idsInHtml(html)].sort()).toEqual(['a&b', 'double', 'plain', 'single']);
  });

  it('do not include what only looks like an element: a comment, a script, an attribute of another name', () => {
    const html = `<!-- <tr id="commented"> --><script>const s = '<tr id="scripted">';</script><div data-id="other"></div>`;
    expect([...idsInHtml(html)]).toEqual([]);
  });
});

describe('checking the manifest against a build', () => {
  const permalinks: Permalinks = {
    pages: { '/': ['intro'], '/pruning': ['prune-coco', 'prune-coco-row'], '/gone': [] },
    moved: { '/gone': '/pruning', '/pruning#old-row': '/pruning#prune-coco-row' },
  };

  it('passes when every promised page and anchor was built (moved ones need not be)', () => {
    const dir = outDir({
      'index.html': '<h2 id=intro>',
      'pruning.html': `<table id=prune-coco><tr id='prune-coco-row'></table>`,
    });
    expect(checkBuiltPermalinks(permalinks, dir, 'en')).toEqual([]);
    expect(
      checkBuiltPermalinks({ ...permalinks, pages: { ...permalinks.pages, '/pruning': ['old-row'] } }, dir, 'en'),
    ).toEqual([]);
  });

  it('names each page and anchor that is missing, and where it looked', () => {
    const dir = outDir({ 'pruning/index.html': '<table id=prune-coco>' });
    expect(checkBuiltPermalinks(permalinks, dir, 'zh-Hans').map(formatProblem)).toEqual([
      `data/permalinks.json › pages["/"]: expected the page / in the zh-Hans build, or its move recorded in moved, found no built file for it in ${dir}`,
      `data/permalinks.json › pages["/pruning"]: expected an element with id "prune-coco-row" in the zh-Hans build of /pruning, or its move recorded in moved, found none in ${path.relative(process.cwd(), path.join(dir, 'pruning/index.html'))}`,
    ]);
  });
});

describe('the build', () => {
  it('stops when a built page lacks an anchor the manifest promises', async () => {
    const loaded = loadZoo();
    if (!loaded.ok) throw new Error('data/ must be valid');
    const { permalinks } = loaded.zoo;
    // Every promised page, built with every promised id but one row of /pruning.
    const lost = 'prune-coco-mobilenetv1-r578-608';
    const pages = Object.fromEntries(
      Object.entries(permalinks.pages).map(([page, anchors]) => [
        page === '/' ? 'index.html' : `${page.slice(1)}.html`,
        anchors
          .filter((a) => a !== lost)
          .map((a) => `<p id="${a}"></p>`)
          .join(''),
      ]),
    );
    const dir = outDir(pages);
    const plugin = zooDataPlugin({
      siteDir: process.cwd(),
      baseUrl: '/',
      siteConfig: { url: 'https://example.org' },
      i18n: { currentLocale: 'en', defaultLocale: 'en', locales: ['en', 'zh-Hans'] },
    } as never);
    await expect(plugin.postBuild?.({ outDir: dir, content: loaded.zoo } as never)).rejects.toThrow(
      `The built site breaks 1 published link(s):\ndata/permalinks.json › pages["/pruning"]: expected an element with id "${lost}" in the en build of /pruning`,
    );
  });
});
