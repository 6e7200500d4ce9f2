/** Serves a site's production build on 127.0.0.1 with Docusaurus's own server. */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function waitFor(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`docusaurus serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

/**
 * Starts `docusaurus serve` for the project at `root` on a free port; resolves once it answers.
 * `env` reaches the site's config (BASE_URL: the build is then served under that path), `dir` is
 * the build to serve.
 */
export async function serveBuild(
  root: string,
  docusaurusRoot = root,
  { env = {}, dir }: { env?: Record<string, string>; dir?: string } = {},
): Promise<{ baseUrl: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      path.join(docusaurusRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
      'serve',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-open',
      ...(dir ? ['--dir', dir] : []),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`, child, 30_000);
  return { baseUrl, stop: () => child.kill() };
}
