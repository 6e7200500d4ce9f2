/**
 * The parts of Infima that nothing on this site uses, taken out of the one stylesheet every page
 * loads. The classic theme brings all of Infima; the site renders a few of its components and a
 * handful of its utility classes. /pruning's page view is ~1.6 KB lighter gzipped, and every page
 * parses ~9 KB less CSS.
 *
 * Fail closed: the build stops (lean-bundle's postBuild) if a page's HTML or a script names a
 * class whose rules were dropped, so a page that starts to use tabs, cards or another margin does
 * not lose its styles silently. The message names the class and the list to put it on.
 */

import type { Plugin } from 'postcss';

/**
 * Whole components, each serving only theme parts this site does not use: `avatar` (a blog post's
 * authors), `button-group`, `card` (DocCard, a category's index page), `pagination` (numbered pages;
 * the docs' previous/next is `pagination-nav`), `pills` and `tabs` (the Tabs component).
 */
export const UNUSED_COMPONENTS = ['avatar', 'button-group', 'card', 'pagination', 'pills', 'tabs'];

/**
 * The utility classes (spacing, text, grid columns, shadows) that the theme's components and this
 * site's pages name, in the build as it is: Infima's others (some 110) are dropped.
 */
export const USED_UTILITIES = [
  'col--3',
  'col--6',
  'col--8',
  'col--9',
  'col--12',
  'col--offset-2',
  'col--offset-3',
  'margin--none',
  'margin-bottom--md',
  'margin-bottom--sm',
  'margin-left--sm',
  'margin-right--md',
  'margin-top--md',
  'margin-top--sm',
  'margin-vert--lg',
  'margin-vert--md',
  'margin-vert--xl',
  'padding--none',
  'padding-bottom--lg',
  'padding-left--none',
  'padding-top--md',
  'shadow--lw',
  'text--center',
  'text--truncate',
];

const UTILITY =
  /^(?:(?:margin|padding)(?:-(?:top|bottom|left|right|vert|horiz))?--[a-z]+|text--[a-z-]+|col--(?:offset-)?\d+|shadow--[a-z]+)$/;
const used = new Set(USED_UTILITIES);

/** Whether a class's rules are dropped: `.tabs__item--active` is the `tabs` component's. */
export function isDropped(name: string): boolean {
  const component = name.split(/__|--/)[0] ?? name;
  return UNUSED_COMPONENTS.includes(component) || (UTILITY.test(name) && !used.has(name));
}

/**
 * Whether a selector can match only what names a dropped class. A class inside `:not(…)` is
 * left out: `a:not(.card)` matches links that are not cards.
 */
export function selectsDropped(selector: string): boolean {
  const outside = selector.replace(/:not\([^)]*\)/g, '');
  return [...outside.matchAll(/\.([\w-]+)/g)].some((match) => isDropped(match[1] ?? ''));
}

/** Infima's own stylesheet, wherever the package manager put it. */
const isInfima = (file: string | undefined) => /[\\/]node_modules[\\/]infima[\\/]/.test(file ?? '');

/**
 * A postcss plugin: in Infima's stylesheet only, each selector of a dropped class goes, and a rule
 * left without selectors goes with it.
 */
export function dropUnusedInfima(): Plugin {
  return {
    postcssPlugin: 'lean-bundle-drop-unused-infima',
    Once(root) {
      if (!isInfima(root.source?.input.file)) return;
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((selector) => !selectsDropped(selector));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
    },
  };
}

/** A class attribute's value, quoted or not (the built HTML is minified: `class=_xDOVJ`). */
const CLASS_ATTRIBUTE = /\sclass=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
/** A script's string literal: a class name in a script is one, or one word of one (`"alert alert--info"`). */
const STRING = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;

/**
 * The dropped classes that a built HTML page (its class attributes) or script (its strings) names,
 * each once. In a script, a component's bare name (`card`) counts only as a string's first word:
 * further on, it is more likely prose ("as a card") than a class; a name with `--` or `__` counts
 * anywhere.
 */
export function droppedClassesIn(text: string, kind: 'html' | 'js'): string[] {
  const found = new Set<string>();
  const pattern = kind === 'html' ? CLASS_ATTRIBUTE : STRING;
  for (const match of text.matchAll(pattern)) {
    const words = (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/);
    words.forEach((word, index) => {
      const plain = !word.includes('--') && !word.includes('__');
      if (kind === 'js' && plain && index > 0) return;
      if (isDropped(word)) found.add(word);
    });
  }
  return [...found];
}
