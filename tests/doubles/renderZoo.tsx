/**
 * Renders a component the way a page does: inside the page's data, here made from the test's zoo
 * (docusaurus.zoo, which a test may change first) at render time, as the plugin makes it at build.
 * The page's proofs are "fetched" from the same zoo, through the same asynchronous path as the
 * site's file; a test may give its own fetch (one that waits, or fails).
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { pageProofs, pageZoo } from '../../src/data/pageZoo';
import { proofSource } from '../../src/data/proofs';
import type { Explained } from '../../src/data/records';
import { ZooProvider } from '../../src/hooks/useZoo';
import { docusaurus } from './state';

export function renderZoo(ui: ReactNode, fetchProofs?: (name: string) => Promise<Explained[]>) {
  const zoo = docusaurus.zoo;
  const proofs = proofSource(fetchProofs ?? (async () => pageProofs(zoo)));
  return render(
    <ZooProvider zoo={pageZoo(zoo)} proofs={proofs}>
      {ui}
    </ZooProvider>,
  );
}
