/**
 * The browser's @docusaurus/utils-common (src/plugins/lean-bundle/utilsCommon.ts) is the package
 * without its index's tslib: it must export exactly what the package exports, the same functions.
 */
import * as docusaurus from '@docusaurus/utils-common';
import { describe, expect, it } from 'vitest';
import * as ours from '../../src/plugins/lean-bundle/utilsCommon';

/** A module's exports by name (functions compare by identity). */
function exportsOf(module: object): Map<string, unknown> {
  return new Map(Object.entries(module).filter(([name]) => name !== '__esModule' && name !== 'default'));
}

describe("the browser's @docusaurus/utils-common", () => {
  it('exports what the package exports, and the same values', () => {
    const theirs = exportsOf(docusaurus);
    expect(theirs.size).toBeGreaterThan(5);
    expect(exportsOf(ours)).toEqual(theirs);
  });
});
