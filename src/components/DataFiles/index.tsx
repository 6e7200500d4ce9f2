/** The files the build publishes under /data/, one row per table, with links (in the reader's locale). */
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';
import { useLocale, useZoo } from '../../hooks/useZoo';

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
              <a href={`${base}${t.id}.json`}>{t.id}.json</a>
            </td>
            <td>
              <a href={`${base}${t.id}.csv`}>{t.id}.csv</a>
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">
            <Translate id="dataFiles.all">The whole zoo</Translate>
          </th>
          <td>
            <a href={`${base}zoo.json`}>zoo.json</a>
          </td>
          <td>–</td>
        </tr>
        <tr>
          <th scope="row">
            <Translate id="dataFiles.verification">Every checked delta and quoted figure</Translate>
          </th>
          <td>
            <a href={`${base}verification.json`}>verification.json</a>
          </td>
          <td>–</td>
        </tr>
      </tbody>
    </table>
  );
}
