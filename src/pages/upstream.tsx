/**
 * The page that takes the upstream document's GitHub anchors. Swap the GitHub
 * file URL of an old link for this page's URL, keep the #anchor, and the reader
 * lands on the same section here. Without JavaScript the anchor still lands on
 * an entry that links to the new place.
 */
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
// This page's data: the upstream anchors (and the tables' names), written by the zoo-data plugin (src/data/pageZoo.ts).
import zoo from '@generated/zoo-data/default/upstream.json';
import Layout from '@theme/Layout';
import { type ReactNode, useEffect } from 'react';
import { hashAnchor } from '../lib/links';

export default function Upstream(): ReactNode {
  const { legacyAnchors } = zoo;
  const location = useLocation();
  const history = useHistory();
  const brokenLinks = useBrokenLinks();
  for (const anchor of Object.keys(legacyAnchors.anchors)) brokenLinks.collectAnchor(anchor);

  useEffect(() => {
    const anchor = hashAnchor(location.hash);
    const target = legacyAnchors.anchors[anchor];
    // Link's target is made locale-aware by useBaseUrl at render; here the current path gives the prefix.
    if (target) history.replace(location.pathname.replace(/\/upstream$/, '') + target);
  }, [location.hash, location.pathname, history]);

  return (
    <Layout
      title={translate({ id: 'upstream.title', message: 'Links to the upstream document' })}
      description={translate({
        id: 'upstream.description',
        message: 'Where each section of the upstream compression benchmark lives on this site.',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="upstream.heading">Links to the upstream document</Translate>
        </h1>
        <p>
          <Translate id="upstream.intro">
            Links into the upstream document end in a GitHub heading anchor. Replace everything before the # with this
            page's address and keep the anchor: you land on the same section of this site.
          </Translate>
        </p>
        <p>
          <code>{legacyAnchors.page}</code>
        </p>
        <ul>
          {Object.entries(legacyAnchors.anchors).map(([anchor, target]) => (
            <li key={anchor} id={anchor}>
              <code>#{anchor}</code> → <Link to={target}>{target}</Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
