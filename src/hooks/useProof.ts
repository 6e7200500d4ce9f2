/**
 * The proof behind one explained figure, for an explanation the reader has opened (the hook lives
 * in the open explanation, so closed ones cost nothing). Errata come
 * with the page's data; every other proof arrives with the page's proofs file, fetched on the
 * first opening (src/data/proofs.ts) and read at once on every later one.
 */
import { useEffect, useState } from 'react';
import { siteProofs } from '../data/proofs';
import { type Explained, isExplained, recordIndex } from '../data/records';
import { useProofSource, useZoo } from './useZoo';

export type Proof = { state: 'ready'; record: Explained } | { state: 'loading' } | { state: 'failed' };

export function useProof(id: string): Proof {
  const zoo = useZoo();
  const source = useProofSource() ?? siteProofs;
  const inline = recordIndex(zoo).get(id);
  const record = isExplained(inline) ? inline : source.at(zoo.proofs)?.get(id);
  // Bumped when the fetch settles: the records themselves live in the source, shared by every cell.
  const [settled, setSettled] = useState<'arrived' | 'failed' | undefined>();
  useEffect(() => {
    if (record) return;
    let current = true;
    setSettled(undefined);
    source.load(zoo.proofs).then(
      () => current && setSettled('arrived'),
      () => current && setSettled('failed'),
    );
    return () => {
      current = false;
    };
  }, [record, source, zoo.proofs]);
  if (record) return { state: 'ready', record };
  // Arrived without this figure: the page's data and its proofs file disagree, which the build prevents.
  return settled === undefined ? { state: 'loading' } : { state: 'failed' };
}
