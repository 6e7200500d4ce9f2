/** The files the build publishes under /data/, one row per table, with links (in the reader's locale). */
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';
import { useLocale, useZoo } from '../../hooks/useZoo';

/** A file's link, its name free to break before its extension: three columns of names fit a phone. */
function FileLink({ base, name }: { base: string; name: string }): ReactNode {
  const dot = name.lastIndexOf('.');
  return (
    <a href={`${base}${name}`}>
      {name.slice(0, dot)}
      <wbr />
      {name.slice(dot)}
    </a>
  );
}

export default function DataFiles(): ReactNode {
  const zoo = useZoo();
  const locale = useLocale();
  const base = useBaseUrl('/data/');
  return (
    <table aria-label={translate({ id: 'dataFiles.caption', message: 'The files of each table' })}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="dataFiles.table">Table</Translate>
          </th>
          <th scope="col">JSON</th>
          <th scope="col">CSV</th>
        </tr>
      </thead>
      <tbody>
        {zoo.tables.map((t) => (
          <tr key={t.id}>
            <th scope="row">{t.title[locale]}</th>
            <td>
              <FileLink base={base} name={`${t.id}.json`} />
            </td>
            <td>
              <FileLink base={base} name={`${t.id}.csv`} />
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">
            <Translate id="dataFiles.all">The whole zoo</Translate>
          </th>
          <td>
            <FileLink base={base} name="zoo.json" />
          </td>
          <td>–</td>
        </tr>
        <tr>
          <th scope="row">
            <Translate id="dataFiles.verification">Every checked delta and quoted figure</Translate>
          </th>
          <td>
            <FileLink base={base} name="verification.json" />
          </td>
          <td>–</td>
        </tr>
      </tbody>
    </table>
  );
}
