/**
 * The download checker against a real HTTP server on 127.0.0.1 that plays every kind of host a
 * download link can end up on: a real tar (answering Range), a 404, a redirect, an HTML page
 * posing as the file, and a server that never sends the body.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/check-downloads';
import { DownloadChecks } from '../../src/data/schemas';
import { checkDownload, sniffArchive } from '../../src/links/downloads';

const TAR = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/downloads/yolov3_fixture.tar'));
const ranges: (string | undefined)[] = [];
const methods: string[] = [];
let server: http.Server;
let base = '';
const stalled: http.ServerResponse[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    methods.push(req.method ?? '');
    switch (req.url) {
      case '/weights.tar': {
        ranges.push(req.headers.range);
        const m = req.headers.range?.match(/^bytes=(\d+)-(\d+)$/);
        if (!m) {
          res.writeHead(200, { 'content-type': 'application/x-tar', 'content-length': TAR.length });
          res.end(TAR);
          return;
        }
        const [from, to] = [Number(m[1]), Math.min(Number(m[2]), TAR.length - 1)];
        res.writeHead(206, {
          'content-type': 'application/x-tar',
          'content-range': `bytes ${from}-${to}/${TAR.length}`,
          'content-length': to - from + 1,
        });
        res.end(TAR.subarray(from, to + 1));
        return;
      }
      case '/moved.tar':
        res.writeHead(302, { location: '/weights.tar' });
        res.end();
        return;
      case '/fake.tar': {
        const html = '<!doctype html><html><body>Sign in to download</body></html>';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length });
        res.end(html);
        return;
      }
      case '/stall.tar':
        // Headers never come: the checker must give up on its own.
        stalled.push(res);
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of stalled) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const now = new Date('2026-11-28T12:00:00.000Z');

describe('checkDownload', () => {
  it('reads a real tar with a ranged GET: ok, the whole size, its type, tar magic', async () => {
    ranges.length = 0;
    methods.length = 0;
    expect(await checkDownload(`${base}/weights.tar`, { now })).toEqual({
      checkedAt: '2026-11-28T12:00:00.000Z',
      ok: true,
      status: 206,
      finalUrl: null,
      size: 10240,
      contentType: 'application/x-tar',
      archive: 'tar',
      problem: null,
    });
    expect(methods).toEqual(['GET']);
    expect(ranges).toEqual(['bytes=0-511']);
  });

  it('reports a 404 as dead', async () => {
    expect(await checkDownload(`${base}/gone.tar`, { now })).toMatchObject({
      ok: false,
      status: 404,
      archive: null,
      problem: 'HTTP 404',
    });
  });

  it('follows a redirect and records where it ended', async () => {
    expect(await checkDownload(`${base}/moved.tar`, { now })).toMatchObject({
      ok: true,
      status: 206,
      finalUrl: `${base}/weights.tar`,
      size: 10240,
      archive: 'tar',
    });
  });

  it('sees through an HTML page served as the file with status 200', async () => {
    expect(await checkDownload(`${base}/fake.tar`, { now })).toMatchObject({
      ok: false,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      archive: 'other',
      problem: 'not an archive: the first bytes are not a tar or gzip file (text/html; charset=utf-8)',
    });
  });

  it('gives up on a server that stalls past the timeout', async () => {
    const started = Date.now();
    expect(await checkDownload(`${base}/stall.tar`, { now, timeoutMs: 300 })).toEqual({
      checkedAt: '2026-11-28T12:00:00.000Z',
      ok: false,
      status: null,
      finalUrl: null,
      size: null,
      contentType: null,
      archive: null,
      problem: 'no answer within 300 ms',
    });
    // It really gave up instead of waiting for the server (which never answers).
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports a refused connection without throwing', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkDownload(`http://127.0.0.1:${port}/x.tar`, { now })).toMatchObject({
      ok: false,
      status: null,
      problem: 'request failed: ECONNREFUSED',
    });
  });
});

describe('sniffArchive', () => {
  it('knows tar by "ustar" at byte 257, gzip by 1f 8b, and anything else as other', () => {
    expect(sniffArchive(new Uint8Array(TAR.subarray(0, 512)))).toBe('tar');
    expect(sniffArchive(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(sniffArchive(new TextEncoder().encode('<!doctype html>'.padEnd(600, ' ')))).toBe('other');
    // A file shorter than a tar header is not a tar.
    expect(sniffArchive(new Uint8Array(100))).toBe('other');
  });
});

describe('npm run check:downloads', () => {
  it('writes a results file the loader accepts, prints each URL, and fails on a dead link', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'downloads-')), 'download-checks.json');
    const log: string[] = [];
    const urls = [`${base}/weights.tar`, `${base}/gone.tar`, `${base}/fake.tar`];
    const code = await run({ urls, out, timeoutMs: 2_000, log: (t) => log.push(t) });
    expect(code).toBe(1);
    const file = DownloadChecks.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(Object.keys(file.results)).toEqual(urls);
    expect(Object.values(file.results).map((r) => r.ok)).toEqual([true, false, false]);
    expect(log.join('\n')).toContain(`ok    ${base}/weights.tar\n      HTTP 206, 10.0 KiB, application/x-tar, tar`);
    expect(log.join('\n')).toContain(`DEAD  ${base}/gone.tar\n      HTTP 404`);
    expect(log.at(-1)).toMatch(/^\n3 URLs checked, 2 dead; results in /);
  });

  it('exits 0 when every link answers with an archive', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'downloads-')), 'download-checks.json');
    const code = await run({
      urls: [`${base}/weights.tar`, `${base}/moved.tar`],
      out,
      timeoutMs: 2_000,
      log: () => {},
    });
    expect(code).toBe(0);
  });
});
