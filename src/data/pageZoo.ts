/**
 * The data one page carries: the rows it shows, the rows those point at (baselines, whose names
 * the explanations give, and teachers, which they link to), and the verification of the rows it
 * shows, computed here at build time. The browser renders from this and never runs verify().
 *
 * The verification comes in two parts (records.ts › PageRecords): in the page's data, each
 * explained figure's outcome and the errata in full; in a file of its own (PageData › proofs),
 * the record of every other explained figure, which the browser fetches when a reader opens one.
 */
import { countZoo } from '../lib/counts';
import { type Explained, isExplained, type PageRecords } from './records';
import type { Locale, Row, Table, Zoo } from './schemas';
import { type VerificationRecord, withRecords } from './verify';

/** A page's data; `counts` are the whole zoo's, whatever rows the page carries (components/ZooCount). */
export type PageZoo = Zoo & PageRecords & { counts: ReturnType<typeof countZoo> };

/** Whether the page shows a row. */
export type Shows = (table: Table, row: Row) => boolean;

export interface PageOptions {
  /**
   * 'errata' is for pages that show no table (overview, charts, errata, finder…): they need only
   * the records of the errata they list, not the proof of every delta.
   */
  records?: 'shown' | 'errata';
  /**
   * The locale the page is built in: its labels and prose keep only that locale's text (the other
   * is the same text again, which compresses to nearly nothing). Without it, both are kept.
   */
  locale?: Locale;
  /** Whether the page reads the upstream document's anchors (/upstream). */
  legacyAnchors?: boolean;
  /**
   * 'titles' is for pages that name the tables but show none of their rows (data files, upstream):
   * every table, without its rows or its summary. 'none' is for a page that only counts them
   * (the overview: `counts`).
   */
  tables?: 'shown' | 'titles' | 'none';
  /**
   * Whether the models keep their descriptions, which only the models page prints (from the 'zoo'
   * data). Elsewhere each is left empty: seven sentences in every table page's data for nothing.
   */
  modelDescriptions?: boolean;
  /**
   * Whether the page prints where the figures come from and how they were measured (the overview:
   * Provenance, TestEnvironment). Elsewhere `source` keeps only its links (UpstreamLink).
   */
  provenance?: boolean;
}

const NO_TEXT = { en: '', 'zh-Hans': '' };

const everything: Shows = () => true;

/**
 * Labels a page reads in both locales whatever its own: "download this view" writes the datasets'
 * and the strategies' names in English and in Chinese (exports.ts › tableCsv). Their descriptions
 * it does not write: those keep the page's locale only, like every other text.
 */
const bothLocales = (keys: string[]) =>
  keys.at(-1) === 'short' || (keys.at(-1) === 'label' && keys.at(-2) === 'datasets');

/** The value with every label (`{ en, zh-Hans }`) holding only `locale`'s text, but those bothLocales picks. */
function inLocale<T>(value: T, locale: Locale, keys: string[] = []): T {
  if (bothLocales(keys) || value === null || typeof value !== 'object') return value;
  // An array's items are reached by their array's key ("datasets", then "label").
  if (Array.isArray(value)) return value.map((v) => inLocale(v, locale, keys)) as T;
  const entries = Object.entries(value);
  if (entries.length === 2 && 'en' in value && 'zh-Hans' in value) {
    const text = (value as Record<Locale, unknown>)[locale];
    return { en: text, 'zh-Hans': text } as T;
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, inLocale(v, locale, [...keys, k])])) as T;
}

/** Nothing in the browser judges URLs: data/url-policy.json is for the build's checks. */
const NO_URL_POLICY: Zoo['urlPolicy'] = { downloadHosts: [], linkHosts: [], archiveExtensions: [] };

/**
 * The source's links alone (UpstreamLink), for the pages that do not print where the figures come
 * from: its other fields are left empty, as the models' descriptions are, so that the page's data
 * keeps the Zoo type every helper takes.
 */
function linksOnly(source: Zoo['source']): Zoo['source'] {
  const none = { tables: 0, rows: 0, downloadLinks: 0, distinctDownloadUrls: 0 };
  const blank = { repository: '', license: '', branch: '', commit: '', file: '', docsPath: '', url: '' };
  return { ...blank, counts: none, tables: [], testEnvironment: [], links: source.links };
}

/**
 * The datasets, metrics and strategies the page's tables name: a table page need not describe WIDER
 * FACE or quantization. A strategy stays if a row uses it or if it belongs to the technique of a
 * table the page shows whole (StrategyList lists a technique's every strategy); the pruned
 * parameters stay with the pruning strategies (PrunedParams).
 */
function namedBy(zoo: Zoo, tables: Table[], whole: Set<string>): Pick<Zoo, 'datasets' | 'columns' | 'strategies'> {
  const datasets = new Set(tables.flatMap((t) => t.rows.flatMap((r) => [r.dataset, r.pretrained ?? ''])));
  const metrics = new Set(tables.flatMap((t) => t.columns.flatMap((c) => ('metric' in c ? [c.metric] : []))));
  const inRows = new Set(tables.flatMap((t) => t.rows.map((r) => r.strategy)));
  // Only a table shown whole is listed with its technique's strategies: not one that lends a teacher.
  const techniques = new Set<string>(tables.filter((t) => whole.has(t.id)).map((t) => t.technique));
  const strategies = zoo.strategies.strategies.filter((s) => inRows.has(s.id) || techniques.has(s.technique));
  const pruning = strategies.some((s) => s.technique === 'pruning');
  return {
    strategies: { ...zoo.strategies, strategies, prunedParams: pruning ? zoo.strategies.prunedParams : [] },
    datasets: zoo.datasets.filter((d) => datasets.has(d.id)),
    columns: {
      ...zoo.columns,
      metrics: Object.fromEntries(Object.entries(zoo.columns.metrics).filter(([id]) => metrics.has(id))),
    },
  };
}

/** The ids of the rows the page shows, and of the tables it shows whole. */
function shownOf(zoo: Zoo, shows: Shows): { rows: Set<string>; tables: Set<string> } {
  const rows = new Set(zoo.tables.flatMap((t) => t.rows.filter((r) => shows(t, r)).map((r) => r.id)));
  const tables = new Set(zoo.tables.filter((t) => t.rows.every((r) => rows.has(r.id))).map((t) => t.id));
  return { rows, tables };
}

/**
 * The records of what the page shows: a delta's by its row; a quoted figure's by the table whose
 * summary quotes it. Computed once per zoo (withRecords), however many pages are cut from it.
 */
function recordsOf(
  zoo: Zoo,
  shown: ReturnType<typeof shownOf>,
  { records = 'shown' }: PageOptions,
): VerificationRecord[] {
  return withRecords(zoo).records.filter(
    (r) =>
      (r.kind === 'delta' ? shown.rows.has(r.row) : shown.tables.has(r.table)) &&
      (records === 'shown' || r.erratum !== undefined),
  );
}

/** A page's data, and its proofs: what its explanations fetch when first opened. */
export interface PageData {
  zoo: PageZoo;
  /** Every explained figure's record but the errata's, which the page's data carries itself. */
  proofs: Explained[];
}

/** `name` names the page's data file and its proofs file (`proofs-<name>.json`). */
export function pageData(zoo: Zoo, name: string, shows: Shows = everything, options: PageOptions = {}): PageData {
  const shown = shownOf(zoo, shows);
  const needed = new Set(shown.rows);
  for (const row of zoo.tables.flatMap((t) => t.rows)) {
    if (!shown.rows.has(row.id)) continue;
    if (row.baseline) needed.add(row.baseline);
    if (row.teacher?.row) needed.add(row.teacher.row);
  }
  const tables =
    options.tables === 'none'
      ? []
      : options.tables === 'titles'
        ? zoo.tables.map((table) => ({ ...table, rows: [], summary: [] }))
        : zoo.tables.flatMap((table) => {
            const rows = table.rows.filter((r) => needed.has(r.id));
            if (rows.length === 0) return [];
            // A table the page shows in part (only rows it points at) has no summary to render.
            return [rows.length === table.rows.length ? table : { ...table, rows, summary: [] }];
          });
  const records = recordsOf(zoo, shown, options);
  const explained = records.filter(isExplained);
  const page: PageZoo = {
    ...zoo,
    models: options.modelDescriptions ? zoo.models : zoo.models.map((m) => ({ ...m, description: NO_TEXT })),
    source: options.provenance ? zoo.source : linksOnly(zoo.source),
    // Pages with rows: what their tables name. The others (no rows, or titles only) keep every one.
    ...(options.tables === undefined || options.tables === 'shown' ? namedBy(zoo, tables, shown.tables) : {}),
    urlPolicy: NO_URL_POLICY,
    tables,
    // The pages need only the moves of the permalink manifest, not its long list of anchors.
    permalinks: { pages: {}, moved: zoo.permalinks.moved },
    // The upstream document's anchors are for /upstream only.
    legacyAnchors: options.legacyAnchors ? zoo.legacyAnchors : { page: zoo.legacyAnchors.page, anchors: {} },
    counts: countZoo(zoo),
    outcomes: Object.fromEntries(explained.map((r) => [r.id, r.outcome])),
    errataRecords: records.filter((r) => r.erratum !== undefined),
    proofs: name,
    // The errata of what the page shows: its cells, and the figures its tables' summaries quote.
    errata: zoo.errata.filter((e) =>
      'row' in e.target ? shown.rows.has(e.target.row) : shown.tables.has(e.target.table),
    ),
  };
  return {
    zoo: options.locale ? inLocale(page, options.locale) : page,
    proofs: explained.filter((r) => r.erratum === undefined),
  };
}
