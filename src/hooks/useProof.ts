/**
 * The proof behind one explained figure, for an explanation the reader has opened (the hook lives
 * in the open explanation, so closed ones cost nothing). Errata come with the page's data; every
 * other proof arrives with the page's proofs file, fetched on the first opening
 * (src/data/proofs.ts) and read at once on every later one.
 */
import { useEffect, useState } from 'react';
import { siteProofs } from '../data/proofs';
import { byId, type Explained, isExplained } from '../data/records';
import { useProofSource, useZoo } from './useZoo';

/** `missing`: the page's proofs arrived without this figure (its data and its proofs file are from different builds). */
type Proof = { state: 'ready'; record: Explained } | { state: 'loading' | 'failed' | 'missing' };

export function useProof(id: string): Proof {
  const zoo = useZoo();
  const source = useProofSource() ?? siteProofs;
  const inline = byId(zoo.errataRecords).get(id);
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
  return { state: settled === undefined ? 'loading' : settled === 'failed' ? 'failed' : 'missing' };
}
