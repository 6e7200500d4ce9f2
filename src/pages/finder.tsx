/**
 * The finder: state a budget (dataset; at most so many GFLOPs, MB or ms on a
 * device; at least so much accuracy) and get the models that fit, best first,
 * with their download links. The budget lives in the URL, so a search can be
 * shared. Without JavaScript the page lists every model of the default dataset.
 */
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
// This page's data: the whole zoo, written by the zoo-data plugin (src/data/pageZoo.ts).
import zoo from '@generated/zoo-data/default/zoo.json';
import Layout from '@theme/Layout';
import { type ReactNode, useEffect, useState } from 'react';
import { useLocale } from '../hooks/useZoo';
import { fileName } from '../lib/figures';
import { accuracyMetrics, type Budget, findModels, parseBudget, writeBudget } from '../lib/finder';
import { columnLabel } from '../lib/rowName';

export default function Finder(): ReactNode {
  const locale = useLocale();
  const location = useLocation();
  const history = useHistory();
  const [budget, setBudget] = useState<Budget>(() => parseBudget('', zoo));
  // The URL is read after hydration, so the first render matches the server's.
  useEffect(() => setBudget(parseBudget(location.search, zoo)), [location.search]);
  // Onto the budget the URL holds now (history.location), which a route update may not have
  // brought to `budget` yet: two quick changes must not undo each other.
  const update = (change: Partial<Budget>) => {
    const current = parseBudget(history.location.search, zoo);
    const next = parseBudget(writeBudget({ ...current, ...change }), zoo);
    history.replace({ ...history.location, search: writeBudget(next) });
  };
  const number = (value: string) => (value === '' ? undefined : Number(value));
  const results = findModels(zoo, budget);
  const datasets = zoo.datasets.filter((d) => d.role === 'evaluation');
  const costs = ['gflops', 'size', ...(budget.device ? [`latency-${budget.device}`] : [])];

  return (
    <Layout
      title={translate({ id: 'finder.title', message: 'Find a model' })}
      description={translate({
        id: 'finder.description',
        message: 'The compressed models that fit your budget, best first.',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="finder.title">Find a model</Translate>
        </h1>
        <form
          className="margin-bottom--md"
          onSubmit={(e) => e.preventDefault()}
          style={{ display: 'grid', gap: '0.5rem', maxWidth: '32rem' }}
        >
          <label>
            <Translate id="finder.dataset">Dataset</Translate>{' '}
            <select
              name="dataset"
              value={budget.dataset}
              onChange={(e) => update({ dataset: e.target.value, accuracy: '' })}
            >
              {datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label[locale]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <Translate id="finder.accuracy">Accuracy</Translate>{' '}
            <select name="accuracy" value={budget.accuracy} onChange={(e) => update({ accuracy: e.target.value })}>
              {accuracyMetrics(zoo, budget.dataset).map((m) => (
                <option key={m} value={m}>
                  {columnLabel(zoo, m, locale)}
                </option>
              ))}
            </select>{' '}
            <Translate id="finder.atLeast">at least</Translate>{' '}
            <input
              name="minAccuracy"
              type="number"
              step="0.1"
              value={budget.minAccuracy ?? ''}
              onChange={(e) => update({ minAccuracy: number(e.target.value) })}
            />
          </label>
          <label>
            <Translate id="finder.maxGflops">GFLOPs at most</Translate>{' '}
            <input
              name="maxGflops"
              type="number"
              step="0.01"
              value={budget.maxGflops ?? ''}
              onChange={(e) => update({ maxGflops: number(e.target.value) })}
            />
          </label>
          <label>
            <Translate id="finder.maxSize">Model size (MB) at most</Translate>{' '}
            <input
              name="maxSize"
              type="number"
              step="0.01"
              value={budget.maxSize ?? ''}
              onChange={(e) => update({ maxSize: number(e.target.value) })}
            />
          </label>
          <label>
            <Translate id="finder.latency">Latency (ms) at most</Translate>{' '}
            <input
              name="maxLatency"
              type="number"
              step="0.001"
              value={budget.maxLatency ?? ''}
              onChange={(e) => update({ maxLatency: number(e.target.value) })}
            />{' '}
            <Translate id="finder.on">on</Translate>{' '}
            <select
              name="device"
              value={budget.device ?? ''}
              onChange={(e) => update({ device: e.target.value || undefined })}
            >
              <option value="">–</option>
              {zoo.devices.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label[locale]}
                </option>
              ))}
            </select>
          </label>
        </form>
        <p>
          <Translate id="finder.rule">
            A model fits when every figure you limit is published and within your limit; a model without a figure for a
            limit you set (say, no latency on that device) is left out.
          </Translate>
        </p>
        <p role="status">
          {translate(
            { id: 'finder.count', message: '{n} models fit, most accurate first.' },
            { n: String(results.length) },
          )}
        </p>
        <div style={{ overflowX: 'auto' }}>
          <table id="finder-results">
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="finder.model">Model</Translate>
                </th>
                <th scope="col">{columnLabel(zoo, budget.accuracy, locale)}</th>
                {costs.map((m) => (
                  <th key={m} scope="col">
                    {columnLabel(zoo, m, locale)}
                  </th>
                ))}
                <th scope="col">
                  <Translate id="finder.download">Download</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {results.map((v) => {
                const name = zoo.models.find((m) => m.id === v.model)?.name ?? v.model;
                const teacher = v.teacher ? zoo.models.find((m) => m.id === v.teacher)?.name : undefined;
                const first = v.rows[0];
                return (
                  <tr key={v.key} data-variant={v.key}>
                    <th scope="row">
                      {first ? <Link to={`/${first.table.page}#${first.row.id}`}>{name}</Link> : name} ·{' '}
                      <code>{v.strategy}</code>
                      {teacher && ` + ${teacher}`} · {v.inputSize}
                    </th>
                    <td>{v.values[budget.accuracy]}</td>
                    {costs.map((m) => (
                      <td key={m}>{v.values[m] ?? '–'}</td>
                    ))}
                    <td>{v.download ? <a href={v.download}>{fileName(v.download)}</a> : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  );
}
