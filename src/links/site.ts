/** Reads the docs of both locales and checks the manifest: what `npm run check` and the plugin call. */
import type { Problem } from '../data/problems';
import type { Zoo } from '../data/schemas';
import { checkPermalinks } from './check';
import { DOC_DIRS, readDocs } from './docs';
import { type Inventory, inventory } from './inventory';

export function siteInventory(zoo: Zoo, root: string): Inventory {
  return inventory(zoo, readDocs(root, DOC_DIRS.en));
}

export function checkSiteLinks(zoo: Zoo, root: string): Problem[] {
  const en = readDocs(root, DOC_DIRS.en);
  const zh = readDocs(root, DOC_DIRS['zh-Hans']);
  return checkPermalinks(zoo, inventory(zoo, en), en, zh);
}
