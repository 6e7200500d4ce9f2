/**
 * The finder: state a budget (dataset; at most so many GFLOPs, MB or ms on a
 * device; at least so much accuracy) and get the models that fit, best first,
 * with their download links. The budget lives in the URL, so a search can be
 * shared. Without JavaScript the page lists every model of the default dataset.
 *
 * The results are a table in the benchmark tables' own style (stacked into
 * cards on phones, like the model pages), so a model reads the same here as in
 * its table: its name linked to its row, its figures, its download link.
 */
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
// This page's data: the whole zoo, written by the zoo-data plugin (src/data/pageZoo.ts).
import zoo from '@generated/zoo-data/default/zoo.json';
import Layout from '@theme/Layout';
import { type ReactNode, useLayoutEffect, useState } from 'react';
import tableStyles from '../components/BenchmarkTable/styles.module.css';
import { DownloadCell } from '../components/DownloadLink';
import { useLocale } from '../hooks/useZoo';
import {
  accuracyMetrics,
  type Budget,
  findModels,
  LIMITS,
  type Limit,
  liftable,
  limitsSet,
  parseBudget,
  writeBudget,
} from '../lib/finder';
import { headerText } from '../lib/rowName';
import { sentenceGap } from '../lib/spacing';
import { tableRoles } from '../lib/tableRoles';
import type { Variant } from '../lib/variants';
import styles from './finder.module.css';

/** A metric's header as the tables print it, unit in brackets: "Model size (MB)", "Kirin 970 (ms)". */
const header = (metric: string, locale: 'en' | 'zh-Hans') => headerText(zoo, { metric }, locale);

/** What sets a variant apart from its model's other weights: strategy, teacher, pretraining, input size. */
function VariantLine({ variant, locale }: { variant: Variant; locale: 'en' | 'zh-Hans' }): ReactNode {
  const teacher = variant.teacher ? zoo.models.find((m) => m.id === variant.teacher)?.name : undefined;
  // ImageNet is every backbone's pretraining unless a table says otherwise: only the exception is named.
  const pretrained =
    variant.pretrained && variant.pretrained !== 'imagenet'
      ? zoo.datasets.find((d) => d.id === variant.pretrained)?.label[locale]
      : undefined;
  return (
    <small className={tableStyles.source}>
      <code>{variant.strategy}</code>
      {teacher && ` · ${translate({ id: 'finder.teacher', message: 'distilled from {teacher}' }, { teacher })}`}
      {pretrained &&
        ` · ${translate({ id: 'finder.pretrained', message: 'pretrained on {dataset}' }, { dataset: pretrained })}`}
      {` · ${translate({ id: 'finder.inputSize', message: '{size} px' }, { size: String(variant.inputSize) })}`}
    </small>
  );
}

export default function Finder(): ReactNode {
  const locale = useLocale();
  const { selectMessage } = usePluralForm();
  const location = useLocation();
  const history = useHistory();
  const [budget, setBudget] = useState<Budget>(() => parseBudget('', zoo));
  // The URL is read after hydration, so the first render matches the server's; in a layout effect,
  // so the budget is drawn before the browser paints again. Until then the form and the results
  // are hidden on a page opened with a query (src/plugins/url-view): drawn, they moved.
  // A budget the same as the one shown is not set again: that would render the whole finder twice
  // on every page view.
  useLayoutEffect(() => {
    const next = parseBudget(location.search, zoo);
    setBudget((shown) => (writeBudget(shown) === writeBudget(next) ? shown : next));
  }, [location.search]);
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
  const limited = limitsSet(budget);
  const accuracyHeader = header(budget.accuracy, locale);
  const downloadLabel = translate({ id: 'finder.download', message: 'Download' });
  const usedStrategies = [...new Set(results.map((v) => v.strategy))].filter((s) => s !== 'baseline');
  const strategies = zoo.strategies.strategies.filter((s) => usedStrategies.includes(s.id));
  const numberInput = (name: Limit, step: string) => (
    <input
      id={`finder-${name}`}
      name={name}
      type="number"
      inputMode="decimal"
      min="0"
      step={step}
      value={budget[name] ?? ''}
      onChange={(e) => update({ [name]: number(e.target.value) })}
    />
  );

  // The same words as the fields' labels, so a reader finds the limit to change.
  const limitLabel: Record<Limit, string> = {
    minAccuracy: translate({ id: 'finder.minAccuracy', message: '{metric} at least' }, { metric: accuracyHeader }),
    maxGflops: translate({ id: 'finder.maxGflops', message: 'GFLOPs at most' }),
    maxSize: translate({ id: 'finder.maxSize', message: 'Model size (MB) at most' }),
    maxLatency: translate({ id: 'finder.latency', message: 'Latency (ms) at most' }),
  };
  const sentences: string[] = [];
  if (results.length === 0) {
    sentences.push(
      translate({ id: 'finder.none', message: 'No model fits this budget.' }),
      ...liftable(zoo, budget).map(({ limit, fit }) =>
        translate(
          { id: 'finder.lift', message: 'Without “{limit}”, {n} would.' },
          { limit: limitLabel[limit], n: String(fit) },
        ),
      ),
    );
  } else {
    sentences.push(
      // English has two forms ("One model fits", "2 models fit"); Chinese one.
      selectMessage(
        results.length,
        translate(
          { id: 'finder.count', message: 'One model fits.|{n} models fit, most accurate first.' },
          { n: String(results.length) },
        ),
      ),
    );
  }
  if (budget.maxLatency !== undefined && !budget.device) {
    sentences.push(
      translate({ id: 'finder.needDevice', message: 'The latency limit applies once you choose its device.' }),
    );
  }
  const status = sentences.join(sentenceGap(locale));

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
        {/* What the budget in the URL changes: hidden until it is read (data-from-url, src/css/custom.css). */}
        <div data-from-url>
          <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-describedby="finder-rule">
            <label className={styles.field}>
              <Translate id="finder.dataset">Dataset</Translate>
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
            <label className={styles.field}>
              <Translate id="finder.accuracy">Accuracy</Translate>
              <select name="accuracy" value={budget.accuracy} onChange={(e) => update({ accuracy: e.target.value })}>
                {accuracyMetrics(zoo, budget.dataset).map((m) => (
                  <option key={m} value={m}>
                    {header(m, locale)}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.field} htmlFor="finder-minAccuracy">
              {limitLabel.minAccuracy}
              {numberInput('minAccuracy', '0.1')}
            </label>
            <label className={styles.field} htmlFor="finder-maxGflops">
              {limitLabel.maxGflops}
              {numberInput('maxGflops', '0.01')}
            </label>
            <label className={styles.field} htmlFor="finder-maxSize">
              {limitLabel.maxSize}
              {numberInput('maxSize', '0.01')}
            </label>
            <label className={styles.field}>
              <Translate id="finder.on">Device</Translate>
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
            <label className={styles.field} htmlFor="finder-maxLatency">
              {limitLabel.maxLatency}
              {numberInput('maxLatency', '0.001')}
            </label>
          </form>
          <p id="finder-rule">
            <small>
              <Translate id="finder.rule">
                A model fits when every figure you limit is published and within your limit; a model without a figure
                for a limit you set (say, no latency on that device) is left out.
              </Translate>
            </small>
          </p>
          <div className={styles.summary}>
            <p role="status" className="margin--none">
              {status}
            </p>
            {/* aria-disabled, not disabled: the button stays in the Tab order and keeps its focus once pressed. */}
            <button
              type="button"
              className={`button button--sm button--secondary ${tableStyles.reset}`}
              aria-disabled={!limited}
              onClick={() => limited && update(Object.fromEntries(LIMITS.map((k) => [k, undefined])))}
            >
              <Translate id="finder.clear">Clear limits</Translate>
            </button>
          </div>
          {/* Hidden when nothing fits: the status line above says why. */}
          <div className={tableStyles.scroller} hidden={results.length === 0}>
            <table
              id="finder-results"
              className={tableStyles.table}
              aria-label={translate({ id: 'finder.results', message: 'Models within your limits' })}
            >
              <thead {...tableRoles.rowgroup} className={tableStyles.plainHead}>
                <tr {...tableRoles.row}>
                  <th {...tableRoles.columnheader} scope="col">
                    <Translate id="finder.model">Model</Translate>
                  </th>
                  <th {...tableRoles.columnheader} scope="col" className={tableStyles.numHead}>
                    {accuracyHeader}
                  </th>
                  {costs.map((m) => (
                    <th {...tableRoles.columnheader} key={m} scope="col" className={tableStyles.numHead}>
                      {header(m, locale)}
                    </th>
                  ))}
                  <th {...tableRoles.columnheader} scope="col">
                    {downloadLabel}
                  </th>
                </tr>
              </thead>
              <tbody {...tableRoles.rowgroup}>
                {results.map((v) => {
                  const name = zoo.models.find((m) => m.id === v.model)?.name ?? v.model;
                  const first = v.rows[0];
                  return (
                    <tr {...tableRoles.row} key={v.key} data-variant={v.key}>
                      <th {...tableRoles.rowheader} scope="row" className={tableStyles.rowHeader}>
                        {first ? <Link to={`/${first.table.page}#${first.row.id}`}>{name}</Link> : name}
                        <VariantLine variant={v} locale={locale} />
                      </th>
                      {[budget.accuracy, ...costs].map((m) => (
                        <td {...tableRoles.cell} key={m} className={tableStyles.num} data-label={header(m, locale)}>
                          {v.values[m] ?? '–'}
                        </td>
                      ))}
                      <DownloadCell
                        url={v.download}
                        label={downloadLabel}
                        check={v.download ? zoo.downloadChecks.results[v.download] : undefined}
                        className={tableStyles.download}
                      />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {strategies.length > 0 && (
            <p className={tableStyles.strategyKey}>
              {strategies.map((s) => (
                <span key={s.id}>
                  <code>{s.id}</code> {s.short[locale]}
                </span>
              ))}
            </p>
          )}
        </div>
      </main>
    </Layout>
  );
}
