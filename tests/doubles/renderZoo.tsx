/**
 * Renders a component the way a page does: inside the page's data, here made from the test's zoo
 * (docusaurus.zoo, which a test may change first) at render time, as the plugin makes it at build.
 * The page's proofs are "fetched" from the same cut, through the same asynchronous path as the
 * site's file; a test may give its own fetch (one that waits, or fails).
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { pageData } from '../../src/data/pageZoo';
import { proofSource } from '../../src/data/proofs';
import type { Explained } from '../../src/data/records';
import { ZooProvider } from '../../src/hooks/useZoo';
import { docusaurus } from './state';

/** The name the test page's data gives its proofs file. */
export const TEST_PAGE = 'test-page';

/** The test page's proofs, as the build would write them for it. */
export function testProofs(): Explained[] {
  return pageData(docusaurus.zoo, TEST_PAGE).proofs;
}

export function renderZoo(ui: ReactNode, fetchProofs?: (name: string) => Promise<Explained[]>) {
  const page = pageData(docusaurus.zoo, TEST_PAGE);
  const fetchOwn = async (name: string) => {
    if (name !== TEST_PAGE) throw new Error(`fetched the proofs of ${name}, not of this page`);
    return page.proofs;
  };
  return render(
    <ZooProvider zoo={page.zoo} proofs={proofSource(fetchProofs ?? fetchOwn)}>
      {ui}
    </ZooProvider>,
  );
}

/** The page's live region (components/LiveRegion), where explanations and "Link copied" are written. */
export function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[data-live-region]');
  if (region?.getAttribute('role') !== 'status') throw new Error('no live region on the page');
  return region;
}
