/** One count about the zoo, computed from the data so prose never goes stale. */
import type { ReactNode } from 'react';
import { useZoo } from '../../hooks/useZoo';
import { countZoo } from '../../lib/counts';

export default function ZooCount({ of }: { of: keyof ReturnType<typeof countZoo> }): ReactNode {
  return <>{countZoo(useZoo())[of]}</>;
}
