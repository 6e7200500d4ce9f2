/** The validated zoo (from the zoo-data plugin) and the reader's locale. */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { Locale, Zoo } from '../data/schemas';
import { ZOO_PLUGIN } from '../plugins/zoo-data/name';

export function useZoo(): Zoo {
  return usePluginData(ZOO_PLUGIN) as Zoo;
}

export function useLocale(): Locale {
  const { currentLocale } = useDocusaurusContext().i18n;
  return currentLocale === 'zh-Hans' ? 'zh-Hans' : 'en';
}
