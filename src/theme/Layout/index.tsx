/**
 * The theme's layout, with one addition: the search page (from the local-search plugin) puts its
 * content straight into the layout, without a <main>; screen readers and axe need exactly one.
 * Every other page brings its own <main>, so it is added there only.
 */

import { useLocation } from '@docusaurus/router';
import type { WrapperProps } from '@docusaurus/types';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type LayoutType from '@theme/Layout';
import Layout from '@theme-original/Layout';

type Props = WrapperProps<typeof LayoutType>;

export default function LayoutWrapper({ children, ...props }: Props) {
  const searchPath = useBaseUrl('/search');
  const isSearch = useLocation().pathname === searchPath;
  return <Layout {...props}>{isSearch ? <main>{children}</main> : children}</Layout>;
}
