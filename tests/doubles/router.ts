/** A memory router for component tests: useLocation reads it, useHistory().replace changes it. */
import { useSyncExternalStore } from 'react';

interface Loc {
  pathname: string;
  search: string;
  hash: string;
}

let current: Loc = { pathname: '/pruning', search: '', hash: '' };
const listeners = new Set<() => void>();

export const memoryRouter = {
  set(loc: Partial<Loc>) {
    current = { ...current, ...loc };
    for (const l of listeners) l();
  },
  get: () => current,
  reset() {
    current = { pathname: '/pruning', search: '', hash: '' };
  },
};

export function useLocation(): Loc {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

export function useHistory() {
  return {
    get location(): Loc {
      return current;
    },
    replace(to: Partial<Loc> | string) {
      memoryRouter.set(typeof to === 'string' ? { search: to } : to);
    },
    push(to: Partial<Loc> | string) {
      memoryRouter.set(typeof to === 'string' ? { search: to } : to);
    },
  };
}
