/** A link to an upstream tutorial or page, with its URL and label from data/source.json. */
import type { ReactNode } from 'react';
import { useLocale, useZoo } from '../../hooks/useZoo';

export default function UpstreamLink({ id }: { id: string }): ReactNode {
  const link = useZoo().source.links.find((l) => l.id === id);
  const locale = useLocale();
  if (!link) throw new Error(`<UpstreamLink id="${id}"/>: no link with that id in data/source.json`);
  return <a href={link.url}>{link.label[locale]}</a>;
}
