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
        <p>
          <Translate id="models.intro">
            Each page puts every compressed variant of one model on one dataset side by side, at each input size, with
            the uncompressed baseline and a download link for every set of weights.
          </Translate>
        </p>
        <ul>
          {modelPages(zoo).map((p) => {
            const model = zoo.models.find((m) => m.id === p.model);
            return (
              <li key={p.path}>
                {/* What sets the model apart: two of them are one backbone, pretrained on different data. */}
                <Translate
                  id="models.entry"
                  values={{
                    page: (
                      <Link to={p.path}>
                        {translate(
                          { id: 'model.title', message: '{model} on {dataset}' },
                          {
                            model: model?.name ?? p.model,
                            dataset: zoo.datasets.find((d) => d.id === p.dataset)?.label[locale] ?? p.dataset,
                          },
                        )}
                      </Link>
                    ),
                    description: model?.description[locale] ?? '',
                  }}
                >
                  {'{page}: {description}'}
                </Translate>
              </li>
            );
          })}
        </ul>
      </main>
    </Layout>
  );
}
