/** Where every figure on the site comes from: repository, branch, commit and file. */
import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { useZoo } from '../../hooks/useZoo';

export default function Provenance(): ReactNode {
  const { source } = useZoo();
  const rows: [ReactNode, ReactNode][] = [
    [<Translate id="provenance.repository">Repository</Translate>, `${source.repository} (${source.license})`],
    [<Translate id="provenance.branch">Branch</Translate>, <code>{source.branch}</code>],
    [<Translate id="provenance.commit">Commit</Translate>, <code>{source.commit}</code>],
    [
      <Translate id="provenance.file">File</Translate>,
      <a href={source.url}>
        <code>{source.file}</code>
      </a>,
    ],
    [<Translate id="provenance.docsPath">Also linked as</Translate>, <code>{source.docsPath}</code>],
  ];
  return (
    <dl>
      {rows.map(([term, value], i) => (
        // The list is fixed; its order is its identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list
        <div key={i}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
