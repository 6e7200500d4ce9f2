/** Counts that describe the zoo: tables, rows, download links and distinct URLs. */
import type { Zoo } from '../data/schemas';

export function countZoo(zoo: Zoo) {
  const rows = zoo.tables.flatMap((t) => t.rows);
  const links = rows.flatMap((r) => (r.download ? [r.download] : []));
  return {
    tables: zoo.tables.length,
    rows: rows.length,
    downloadLinks: links.length,
    distinctDownloadUrls: new Set(links).size,
  };
}
