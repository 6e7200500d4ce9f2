/** The validated zoo (from the zoo-data plugin) and the reader's locale. */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { Label, Locale, Zoo } from '../data/schemas';
import { ZOO_PLUGIN } from '../plugins/zoo-data/name';

export function useZoo(): Zoo {
  return usePluginData(ZOO_PLUGIN) as Zoo;
}

export function useLocale(): Locale {
  const { currentLocale } = useDocusaurusContext().i18n;
  return currentLocale === 'zh-Hans' ? 'zh-Hans' : 'en';
}

/** Picks a data label in the reader's language. */
export function useLabel(): (label: Label) => string {
  const locale = useLocale();
  return (label) => label[locale];
}
