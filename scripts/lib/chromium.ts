/**
 * Debian's Chromium and the flags every run here needs: the machines have no network, so
 * Chromium must not try to phone home (its background connections would be refused, many at once).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
