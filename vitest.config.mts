import path from 'node:path';
import { defineConfig } from 'vitest/config';

const double = (name: string) => path.resolve(import.meta.dirname, 'tests/doubles', name);

export default defineConfig({
  // Vite 8 compiles TSX with oxc; the `esbuild` key would be ignored.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    // Docusaurus's client modules need a running site; components get small doubles instead.
    alias: {
      '@docusaurus/useDocusaurusContext': double('useDocusaurusContext.ts'),
      '@docusaurus/useBrokenLinks': double('useBrokenLinks.ts'),
      '@docusaurus/Translate': double('Translate.tsx'),
      '@docusaurus/Link': double('Link.tsx'),
      '@docusaurus/useBaseUrl': double('useBaseUrl.ts'),
      '@docusaurus/router': double('router.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
