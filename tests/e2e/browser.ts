/** Debian's Chromium, driven by playwright-core (which never downloads a browser). */
import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/lib/chromium';
import { loadZoo } from '../../src/data/load';
import type { Zoo } from '../../src/data/schemas';

export function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (see README).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}

export interface Watched {
  /** Console errors and warnings, uncaught exceptions and failed requests, in order. */
  problems: string[];
  /** Every host the page asked for something. */
  hosts: Set<string>;
}

/** Records what a page complains about, so a test can demand silence. */
export function watch(page: Page): Watched {
  const watched: Watched = { problems: [], hosts: new Set() };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watched.problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => watched.hosts.add(new URL(r.url()).host));
  page.on('response', (r) => {
    if (r.status() >= 400) watched.problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return watched;
}

/** One Chromium for the tests of a file: launched before them, closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}

/** The zoo as the tests read it: from data/, through the project's loader. */
export function dataZoo(): Zoo {
  const loaded = loadZoo();
  if (!loaded.ok) throw new Error('data/ must be valid');
  return loaded.zoo;
}

/** A 390 px phone with touch, for `browser().newPage(PHONE)` or `newContext(PHONE)`. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

/** Whether React has taken over the page: the element holding the page content carries React's fiber. */
export function reactRunning(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber'));
  });
}
