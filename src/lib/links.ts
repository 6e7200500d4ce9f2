/** Where a table or row lives on the site: `/<page>#<id>`, the same in every locale. */
import type { Zoo } from '../data/schemas';

export function rowPath(zoo: Zoo, rowId: string): string | undefined {
  const table = zoo.tables.find((t) => t.rows.some((r) => r.id === rowId));
  return table ? `/${table.page}#${rowId}` : undefined;
}

/**
 * The anchor a location's #hash names, decoded (`#%E5%90%8D` → `名`). A malformed hash (`#%`) is
 * taken as it is: decodeURIComponent throws on it, and a thrown error there broke the whole page.
 */
export function hashAnchor(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
