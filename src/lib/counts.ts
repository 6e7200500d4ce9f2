/** Counts that describe the zoo: tables, rows, download links and distinct URLs. */
import type { Zoo } from '../data/schemas';

/** Every download link of every row, in table order, repeats included. */
function downloadLinks(zoo: Zoo): string[] {
  return zoo.tables.flatMap((t) => t.rows.flatMap((r) => (r.download ? [r.download] : [])));
}

/** Each download URL once, in the order it first appears. */
export function distinctDownloadUrls(zoo: Zoo): string[] {
  return [...new Set(downloadLinks(zoo))];
}

export function countZoo(zoo: Zoo) {
  const rows = zoo.tables.flatMap((t) => t.rows);
  const links = downloadLinks(zoo);
  return {
    tables: zoo.tables.length,
    rows: rows.length,
    downloadLinks: links.length,
    distinctDownloadUrls: distinctDownloadUrls(zoo).length,
  };
}
