/** The strategies of one technique: upstream identifier, what it means. */
import type { ReactNode } from 'react';
import type { Technique } from '../../data/schemas';
import { useLocale, useZoo } from '../../hooks/useZoo';

export default function StrategyList({ technique }: { technique: Technique }): ReactNode {
  const { strategies } = useZoo().strategies;
  const locale = useLocale();
  return (
    <dl>
      {strategies
        .filter((s) => s.technique === technique)
        .map((s) => (
          <div key={s.id} id={`strategy-${s.id.replaceAll('_', '-')}`}>
            <dt>
              <code>{s.id}</code> — {s.short[locale]}
            </dt>
            <dd>{s.description[locale]}</dd>
          </div>
        ))}
    </dl>
  );
}
