/** A memory router for component tests: useLocation reads it, useHistory().replace changes it. */
import { useSyncExternalStore } from 'react';

interface Loc {
  pathname: string;
  search: string;
  hash: string;
  /** New for every navigation, as history's location key is. */
  key: string;
}

let navigations = 0;
let current: Loc = { pathname: '/pruning', search: '', hash: '', key: '0' };
const listeners = new Set<() => void>();

export const memoryRouter = {
  set(loc: Partial<Loc>) {
    navigations += 1;
    current = { ...current, ...loc, key: String(navigations) };
    for (const l of listeners) l();
  },
  get: () => current,
  reset() {
    current = { pathname: '/pruning', search: '', hash: '', key: '0' };
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
