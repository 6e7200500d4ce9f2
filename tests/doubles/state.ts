/**
 * What the Docusaurus test doubles read and record: the locale and zoo a
 * component sees, and the anchors it registers with the broken-link checker.
 */
import { loadZoo } from '../../src/data/load';
import type { Locale, Zoo } from '../../src/data/schemas';

function realZoo(): Zoo {
  const result = loadZoo();
  if (!result.ok) throw new Error('data/ must be valid for component tests');
  return result.zoo;
}

export const docusaurus = {
  locale: 'en' as Locale,
  zoo: realZoo(),
  anchors: new Set<string>(),
  reset() {
    this.locale = 'en';
    this.zoo = realZoo();
    this.anchors.clear();
  },
};
