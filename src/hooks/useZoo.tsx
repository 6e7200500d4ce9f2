/**
 * The zoo data of the page being rendered, and the reader's locale. Each page carries only its own
 * data (src/data/pageZoo.ts, written by the zoo-data plugin): a docs page provides it from its MDX
 * (`export default` layout), a generated route from its route module. Nothing is in global data.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { LiveRegion } from '../components/LiveRegion';
import type { PageZoo } from '../data/pageZoo';
import type { ProofSource } from '../data/proofs';
import type { Locale } from '../data/schemas';

const ZooContext = createContext<{ zoo: PageZoo; proofs?: ProofSource } | null>(null);

export function ZooProvider({
  zoo,
  proofs,
  children,
}: {
  zoo: PageZoo;
  /**
   * Where the page's explanations fetch their proofs; by default the site's files (hooks/useProof.ts
   * imports them, so pages without explanations do not carry the list of proofs files).
   */
  proofs?: ProofSource;
  children: ReactNode;
}): ReactNode {
  const page = useMemo(() => ({ zoo, proofs }), [zoo, proofs]);
  return (
    <ZooContext.Provider value={page}>
      <LiveRegion>{children}</LiveRegion>
    </ZooContext.Provider>
  );
}

function usePage(): { zoo: PageZoo; proofs?: ProofSource } {
  const page = useContext(ZooContext);
  if (!page)
    throw new Error('No zoo data on this page: wrap it in <ZooProvider> with the data the plugin wrote for it.');
  return page;
}

export function useZoo(): PageZoo {
  return usePage().zoo;
}

/** The proofs a test gave the provider, if any. */
export function useProofSource(): ProofSource | undefined {
  return usePage().proofs;
}

export function useLocale(): Locale {
  const { currentLocale } = useDocusaurusContext().i18n;
  return currentLocale === 'zh-Hans' ? 'zh-Hans' : 'en';
}
