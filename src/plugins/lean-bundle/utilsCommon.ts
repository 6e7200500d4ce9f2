/**
 * @docusaurus/utils-common as pages load it (lean-bundle aliases the package to this file in the
 * browser's bundle): the same functions, from the package's own files, without its index's
 * `require('tslib')`, which put all of tslib (11 KB, 4 KB gzipped) in every page's main.js for the
 * one helper the index uses. tests/scripts/leanBundle.test.ts fails if the two export different
 * things, so an upgrade of Docusaurus cannot leave a page without a function it imports.
 */
export {
  addLeadingSlash,
  addTrailingSlash,
  default as applyTrailingSlash,
  removeTrailingSlash,
} from '@docusaurus/utils-common/lib/applyTrailingSlash.js';
export { getErrorCausalChain } from '@docusaurus/utils-common/lib/errorUtils.js';
export { addPrefix, addSuffix, removePrefix, removeSuffix } from '@docusaurus/utils-common/lib/stringUtils.js';

// __ prefix allows search crawlers (Algolia/DocSearch) to ignore anchors (as in the package's index)
export const blogPostContainerID = '__blog-post-container';
