/** Where a table or row lives on the site: `/<page>#<id>`, the same in every locale. */
import type { Zoo } from '../data/schemas';

export function rowPath(zoo: Zoo, rowId: string): string | undefined {
  const table = zoo.tables.find((t) => t.rows.some((r) => r.id === rowId));
  return table ? `/${table.page}#${rowId}` : undefined;
}
