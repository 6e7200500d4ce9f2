/** Where every figure on the site comes from: repository, branch, commit and file. */
import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { useZoo } from '../../hooks/useZoo';

export default function Provenance(): ReactNode {
  const { source } = useZoo();
  return (
    <dl>
      <dt>
        <Translate id="provenance.repository">Repository</Translate>
      </dt>
      <dd>
        {source.repository} ({source.license})
      </dd>
      <dt>
        <Translate id="provenance.branch">Branch</Translate>
      </dt>
      <dd>
        <code>{source.branch}</code>
      </dd>
      <dt>
        <Translate id="provenance.commit">Commit</Translate>
      </dt>
      <dd>
        <code>{source.commit}</code>
      </dd>
      <dt>
        <Translate id="provenance.file">File</Translate>
      </dt>
      <dd>
        <a href={source.url}>
          <code>{source.file}</code>
        </a>
      </dd>
      <dt>
        <Translate id="provenance.docsPath">Also linked as</Translate>
      </dt>
      <dd>
        <code>{source.docsPath}</code>
      </dd>
    </dl>
  );
}
