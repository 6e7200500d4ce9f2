/** The list of model pages, one per model and dataset. */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
// This page's data: the whole zoo, written by the zoo-data plugin (src/data/pageZoo.ts).
import zoo from '@generated/zoo-data/default/zoo.json';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import { useLocale } from '../hooks/useZoo';
import { modelPages } from '../lib/modelPages';

export default function Models(): ReactNode {
  const locale = useLocale();
  return (
    <Layout
      title={translate({ id: 'models.title', message: 'Models' })}
      description={translate({
        id: 'models.description',
        message: 'Every model of the zoo, one page per model and dataset.',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="models.title">Models</Translate>
        </h1>
        <ul>
          {modelPages(zoo).map((p) => (
            <li key={p.path}>
              <Link to={p.path}>
                {translate(
                  { id: 'model.title', message: '{model} on {dataset}' },
                  {
                    model: zoo.models.find((m) => m.id === p.model)?.name ?? p.model,
                    dataset: zoo.datasets.find((d) => d.id === p.dataset)?.label[locale] ?? p.dataset,
                  },
                )}
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
