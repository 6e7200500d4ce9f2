/**
 * Fetches a page's proofs (the full verification records of its explained figures) the first
 * time a reader opens an explanation. A reader who never opens one never downloads them; each
 * page's file is its own chunk (a webpack context over the files the zoo-data plugin writes).
 */
import { byId, type Explained } from './records';

/** Where proofs come from, and those that have arrived, by page (PageRecords › proofs). */
export interface ProofSource {
  /** The page's proofs if they have arrived: read at render, so a second opening shows at once. */
  at(name: string): Map<string, Explained> | undefined;
  /** Fetches the page's proofs once; a failed fetch is forgotten, so the next opening tries again. */
  load(name: string): Promise<Map<string, Explained>>;
}

export function proofSource(fetch: (name: string) => Promise<Explained[]>): ProofSource {
  const loaded = new Map<string, Map<string, Explained>>();
  const loading = new Map<string, Promise<Map<string, Explained>>>();
  return {
    at: (name) => loaded.get(name),
    load(name) {
      let pending = loading.get(name);
      if (!pending) {
        pending = fetch(name).then(
          (records) => {
            const index = byId(records);
            loaded.set(name, index);
            return index;
          },
          (error: unknown) => {
            loading.delete(name);
            throw error;
          },
        );
        loading.set(name, pending);
      }
      return pending;
    },
  };
}

/** The site's proofs: the files the zoo-data plugin wrote beside each page's data. */
export const siteProofs = proofSource((name) =>
  import(`@generated/zoo-data/default/proofs-${name}.json`).then((module: { default: Explained[] }) => module.default),
);
