/**
 * lean-bundle takes Infima's unused components and utilities out of the stylesheet every page loads
 * (src/plugins/lean-bundle/unusedInfima.ts), and stops the build if a page or a script names a
 * class whose rules went: a page must never render with a component's styles missing.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import postcss from 'postcss';
import { afterEach, describe, expect, it } from 'vitest';
import leanBundle from '../../src/plugins/lean-bundle';
import { droppedClassesIn, dropUnusedInfima } from '../../src/plugins/lean-bundle/unusedInfima';

const require = createRequire(import.meta.url);
const INFIMA = require.resolve('infima/dist/css/default/default.css');

async function passOn(css: string, from: string): Promise<postcss.Root> {
  const result = await postcss([dropUnusedInfima()]).process(css, { from });
  return result.root;
}

/** Every selector of every rule, as written. */
function selectorsOf(root: postcss.Root): string[] {
  const out: string[] = [];
  root.walkRules((rule) => {
    out.push(...rule.selectors);
  });
  return out;
}

describe("Infima's stylesheet, as lean-bundle passes it on", () => {
  it('has no rule left for the dropped components and utilities, and keeps what the site uses', async () => {
    const before = selectorsOf(postcss.parse(fs.readFileSync(INFIMA, 'utf8')));
    const after = selectorsOf(await passOn(fs.readFileSync(INFIMA, 'utf8'), INFIMA));
    const named = (selectors: string[], cls: string) =>
      selectors.filter((s) => new RegExp(`\\.${cls}(?![\\w-])`).test(s.replace(/:not\([^)]*\)/g, '')));
    // Dropped: each was in Infima, and is gone.
    for (const cls of [
      'tabs__item',
      'card',
      'avatar__photo',
      'pills__item',
      'pagination__link',
      'button-group',
      'margin-top--xl',
      'padding--lg',
      'text--danger',
      'col--4',
    ]) {
      expect(named(before, cls).length, cls).toBeGreaterThan(0);
      expect(named(after, cls), cls).toEqual([]);
    }
    // Kept: what the theme's navbar, buttons, docs pages and search page name, and this site's tables.
    for (const cls of [
      'navbar__brand',
      'button--secondary',
      'button--sm',
      'pagination-nav__link',
      'hero__title',
      'table-of-contents__link',
      'margin-vert--lg',
      'col--offset-3',
      'text--truncate',
      'shadow--lw',
      'alert--warning',
    ]) {
      expect(named(after, cls), cls).toEqual(named(before, cls));
    }
    // Most of Infima stays: its base, its colours, its other components.
    expect(after.length).toBeGreaterThan(before.length * 0.6);
  });

  it('keeps a selector whose dropped class is only inside :not()', async () => {
    const root = await passOn('a:not(.card):hover { color: red } .tabs, .menu { margin: 0 }', INFIMA);
    expect(selectorsOf(root)).toEqual(['a:not(.card):hover', '.menu']);
  });

  it("leaves every other stylesheet as it is, this site's and the theme's", async () => {
    const css = '.tabs { color: red } .margin-top--xl { margin: 0 }';
    const root = await passOn(css, path.resolve('src/css/custom.css'));
    expect(selectorsOf(root)).toEqual(['.tabs', '.margin-top--xl']);
  });
});

describe('the classes a built page or script names', () => {
  it("reads an HTML page's class attributes, quoted or not, and nothing else", () => {
    const html =
      '<div class=row><div class="card shadow--md">a card</div><p class=tabs>x</p><span title="tabs card">y</span>';
    expect(droppedClassesIn(html, 'html').sort()).toEqual(['card', 'shadow--md', 'tabs']);
  });

  it("reads a script's strings: a component's name as a string's first word, a modifier anywhere", () => {
    const js = [
      '(0,r.A)("tabs",{"tabs--block":n},a)',
      'className:"card padding--lg"',
      'className:"alert alert--warning margin-bottom--md"',
      'meta:"twitter:card"',
      'label:"each row as a card"',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a script's template literal, as text
      'x:`pills ${y}`',
    ].join(';');
    expect(droppedClassesIn(js, 'js').sort()).toEqual(['card', 'padding--lg', 'pills', 'tabs', 'tabs--block']);
  });
});

describe("lean-bundle's check after the build", () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function postBuild(files: Record<string, string>): Promise<void> {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lean-bundle-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const plugin = leanBundle({ siteDir: process.cwd(), siteConfig: { themeConfig: {} } } as never);
    await plugin.postBuild?.({ outDir: dir } as never);
  }

  it('passes a build that names none of the dropped classes', async () => {
    await expect(
      postBuild({
        'index.html': '<main class="container margin-vert--lg"><div class="col col--8 col--offset-2">x</div></main>',
        'assets/js/main.js': 'className:"button button--secondary button--sm"',
      }),
    ).resolves.toBeUndefined();
  });

  it('stops a build whose page or script names one, saying which file, which class, and what to change', async () => {
    const built = postBuild({
      'zh-Hans/models.html': '<div class="tabs">x</div>',
      'assets/js/1234.js': 'className:"row margin-top--xl"',
      'assets/css/styles.css': '.card{}',
    });
    await expect(built).rejects.toThrow(/zh-Hans[\\/]models\.html: tabs/);
    await expect(built).rejects.toThrow(/1234\.js: margin-top--xl/);
    await expect(built).rejects.toThrow(/UNUSED_COMPONENTS.*USED_UTILITIES/);
    await expect(built).rejects.not.toThrow(/styles\.css/);
  });
});
