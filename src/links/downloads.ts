/**
 * Asks a download URL for its first bytes and says what is there. A GET with a Range header, not
 * HEAD: some hosts answer HEAD differently from GET, and only the bytes tell a tar archive from an
 * HTML error page served with status 200. Redirects are followed (mirrors and CDNs use them).
 */
import type { DownloadCheck } from '../data/schemas';

/** A tar header carries "ustar" at byte 257 (POSIX.1-1988 and GNU formats alike). */
const TAR_MAGIC_OFFSET = 257;
const TAR_MAGIC = 'ustar';
/** Enough bytes for the tar magic; a server that honours Range sends no more. */
const FIRST_BYTES = 512;

export interface CheckOptions {
  /** Give up on a URL after this long, headers and first bytes included. */
  timeoutMs?: number;
  /** The moment to record as `checkedAt` (one per run, so a run's results share it). */
  now?: Date;
}

/** What the first bytes are: a tar archive, gzip (a compressed archive), or something else. */
export function sniffArchive(bytes: Uint8Array): DownloadCheck['archive'] {
  if (bytes.length >= TAR_MAGIC_OFFSET + TAR_MAGIC.length) {
    const magic = new TextDecoder('latin1').decode(
      bytes.subarray(TAR_MAGIC_OFFSET, TAR_MAGIC_OFFSET + TAR_MAGIC.length),
    );
    if (magic === TAR_MAGIC) return 'tar';
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  return 'other';
}

/** The whole file's size: from Content-Range ("bytes 0-511/10240") on a 206, else Content-Length. */
export function totalSize(headers: Headers, status: number): number | null {
  const range = headers.get('content-range');
  const total = range?.match(/\/(\d+)\s*$/)?.[1];
  if (status === 206 && total) return Number(total);
  const length = headers.get('content-length');
  return status === 200 && length && /^\d+$/.test(length) ? Number(length) : null;
}

async function readFirstBytes(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
    }
  } finally {
    // A server that ignores Range would send the whole file: stop listening.
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes.subarray(0, limit);
}

export async function checkDownload(url: string, options: CheckOptions = {}): Promise<DownloadCheck> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const checkedAt = (options.now ?? new Date()).toISOString();
  const failed = (problem: string): DownloadCheck => ({
    checkedAt,
    ok: false,
    status: null,
    finalUrl: null,
    size: null,
    contentType: null,
    archive: null,
    problem,
  });
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers: { Range: `bytes=0-${FIRST_BYTES - 1}` }, redirect: 'follow', signal });
  } catch (error) {
    return failed(signal.aborted ? `no answer within ${timeoutMs} ms` : `request failed: ${describe(error)}`);
  }
  const base = {
    checkedAt,
    status: response.status,
    finalUrl: response.url && response.url !== url ? response.url : null,
    size: totalSize(response.headers, response.status),
    contentType: response.headers.get('content-type'),
  };
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return { ...base, ok: false, archive: null, problem: `HTTP ${response.status}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFirstBytes(response.body, FIRST_BYTES);
  } catch (error) {
    return {
      ...base,
      ok: false,
      archive: null,
      problem: signal.aborted ? `no answer within ${timeoutMs} ms` : `body failed: ${describe(error)}`,
    };
  }
  const archive = sniffArchive(bytes);
  const problem =
    archive === 'other'
      ? `not an archive: the first bytes are not a tar or gzip file (${base.contentType ?? 'no content type'})`
      : null;
  return { ...base, ok: problem === null, archive, problem };
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

/** Checks every URL, a few at a time; results in the order given. */
export async function checkDownloads(urls: string[], options: CheckOptions & { concurrency?: number } = {}) {
  const now = options.now ?? new Date();
  const results: DownloadCheck[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      results[i] = await checkDownload(urls[i] as string, { ...options, now });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, urls.length) }, worker));
  return urls.map((url, i) => [url, results[i] as DownloadCheck] as const);
}
