/**
 * The zoo data of the page being rendered, and the reader's locale. Each page carries only its own
 * data (src/data/pageZoo.ts, written by the zoo-data plugin): a docs page provides it from its MDX
 * (`export default` layout), a generated route from its route module. Nothing is in global data.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { createContext, type ReactNode, useContext } from 'react';
import type { PageZoo } from '../data/pageZoo';
import type { Locale } from '../data/schemas';

const ZooContext = createContext<PageZoo | null>(null);

export function ZooProvider({ zoo, children }: { zoo: PageZoo; children: ReactNode }): ReactNode {
  return <ZooContext.Provider value={zoo}>{children}</ZooContext.Provider>;
}

export function useZoo(): PageZoo {
  const zoo = useContext(ZooContext);
  if (!zoo)
    throw new Error('No zoo data on this page: wrap it in <ZooProvider> with the data the plugin wrote for it.');
  return zoo;
}

export function useLocale(): Locale {
  const { currentLocale } = useDocusaurusContext().i18n;
  return currentLocale === 'zh-Hans' ? 'zh-Hans' : 'en';
}
