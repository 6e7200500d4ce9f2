/** The strategies of one technique: upstream identifier, what it means. */
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { ReactNode } from 'react';
import type { Technique } from '../../data/schemas';
import { useLocale, useZoo } from '../../hooks/useZoo';

export default function StrategyList({ technique }: { technique: Technique }): ReactNode {
  const { strategies } = useZoo().strategies;
  const locale = useLocale();
  const brokenLinks = useBrokenLinks();
  const anchor = (id: string) => `strategy-${id.replaceAll('_', '-')}`;
  return (
    <dl>
      {strategies
        .filter((s) => s.technique === technique)
        .map((s) => {
          brokenLinks.collectAnchor(anchor(s.id));
          return (
            <div key={s.id} id={anchor(s.id)}>
              <dt>
                <code>{s.id}</code> — {s.short[locale]}
              </dt>
              <dd>{s.description[locale]}</dd>
            </div>
          );
        })}
    </dl>
  );
}
