/**
 * The theme's layout, with one addition: the search page (from the local-search plugin) puts its
 * content straight into the layout, without a <main> (screen readers and axe need exactly one) and
 * without a description for search engines and link previews. Every other page brings both.
 */

import { useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import type { WrapperProps } from '@docusaurus/types';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type LayoutType from '@theme/Layout';
import Layout from '@theme-original/Layout';

type Props = WrapperProps<typeof LayoutType>;

export default function LayoutWrapper({ children, ...props }: Props) {
  const searchPath = useBaseUrl('/search');
  const isSearch = useLocation().pathname === searchPath;
  if (!isSearch) return <Layout {...props}>{children}</Layout>;
  return (
    <Layout
      {...props}
      description={translate({
        id: 'search.description',
        message: 'Search every table, model, strategy and dataset of the compression zoo, in English or Chinese.',
      })}
    >
      <main>{children}</main>
    </Layout>
  );
}
