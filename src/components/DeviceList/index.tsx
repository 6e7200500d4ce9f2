/** The devices the latency table was measured on, and how. */
import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import { useLocale, useZoo } from '../../hooks/useZoo';

export default function DeviceList(): ReactNode {
  const { devices } = useZoo();
  const locale = useLocale();
  return (
    <table aria-label={translate({ id: 'devices.caption', message: 'The devices latency was measured on' })}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="devices.device">Device</Translate>
          </th>
          <th scope="col">
            <Translate id="devices.vendor">Vendor</Translate>
          </th>
          <th scope="col">
            <Translate id="devices.setup">How it was measured</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.label[locale]}</th>
            <td>{d.vendor}</td>
            <td>{d.setup[locale]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
