/**
 * Serves a production build on 127.0.0.1 the way a real host would: gzip on, clean URLs
 * (`/pruning` → pruning.html), the 404 page for unknown paths, and GitHub Pages' caching
 * (`max-age=600`). Used by the benches, whose byte counts are only meaningful with compression.
 *
 * Without a Cache-Control header the browser guesses a file's freshness from its age (a tenth
 * of the time since it was modified), so a build made a minute ago looked stale where an older
 * one did not: Docusaurus's prefetch of a chunk the page had just loaded downloaded it again
 * for a fresh build (up to 5 KB a page view) and not for the stock site built an hour earlier.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import handler from 'serve-handler';

const CACHING = [{ source: '**', headers: [{ key: 'Cache-Control', value: 'max-age=600' }] }];

export async function serveCompressed(dir: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const gzip = compression();
  const server = http.createServer((req, res) => {
    // compression is Express middleware; on a bare Node server it needs only (req, res, next).
    gzip(req as never, res as never, () => {
      void handler(req, res, { public: dir, cleanUrls: true, trailingSlash: false, headers: CACHING });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
