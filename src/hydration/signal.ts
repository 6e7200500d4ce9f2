/** Fired on window once React has hydrated the page (src/clientModules/hydrated.ts). */
export const HYDRATED_EVENT = 'zoo:hydrated';

declare global {
  interface Window {
    /** True once React has hydrated the page; the browser tests wait for it. */
    zooHydrated?: boolean;
  }
}
