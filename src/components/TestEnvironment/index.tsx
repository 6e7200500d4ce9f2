/** The software the upstream benchmark was run with. */
import type { ReactNode } from 'react';
import { useZoo } from '../../hooks/useZoo';

export default function TestEnvironment(): ReactNode {
  const { testEnvironment } = useZoo().source;
  return (
    <ul>
      {testEnvironment.map((item) => (
        <li key={item.name}>
          {item.name} <code>{item.version}</code>
        </li>
      ))}
    </ul>
  );
}
