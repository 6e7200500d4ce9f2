/**
 * One count about the zoo, computed from the data at build so prose never goes stale; the page's
 * data carries the counts, not the rows they count (src/data/pageZoo.ts).
 */
import type { ReactNode } from 'react';
import type { PageZoo } from '../../data/pageZoo';
import { useZoo } from '../../hooks/useZoo';

export default function ZooCount({ of }: { of: keyof PageZoo['counts'] }): ReactNode {
  return <>{useZoo().counts[of]}</>;
}
