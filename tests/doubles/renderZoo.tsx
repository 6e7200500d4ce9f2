/**
 * Renders a component the way a page does: inside the page's data, here made from the test's zoo
 * (docusaurus.zoo, which a test may change first) at render time, as the plugin makes it at build.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { pageZoo } from '../../src/data/pageZoo';
import { ZooProvider } from '../../src/hooks/useZoo';
import { docusaurus } from './state';

export function renderZoo(ui: ReactNode) {
  return render(<ZooProvider zoo={pageZoo(docusaurus.zoo)}>{ui}</ZooProvider>);
}
