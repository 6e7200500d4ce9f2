/**
 * Serves a production build on 127.0.0.1 the way a real host would: gzip on, clean URLs
 * (`/pruning` → pruning.html), the 404 page for unknown paths. Used by the Lighthouse bench,
 * whose byte counts are only meaningful with compression.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import handler from 'serve-handler';

export async function serveCompressed(dir: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const gzip = compression();
  const server = http.createServer((req, res) => {
    // compression is Express middleware; on a bare Node server it needs only (req, res, next).
    gzip(req as never, res as never, () => {
      void handler(req, res, { public: dir, cleanUrls: true, trailingSlash: false });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
