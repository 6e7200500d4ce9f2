/**
 * Global setup for the browser tests: serve the production build (`build/`,
 * made by `npm run build`) on 127.0.0.1 with Docusaurus's own server, and tell
 * the tests where.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveBuild } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(root, 'build/index.html'))) {
    throw new Error('No production build: run `npm run build` before the browser tests.');
  }
  const { baseUrl, stop } = await serveBuild(root);
  project.provide('baseUrl', baseUrl);
  return stop;
}
