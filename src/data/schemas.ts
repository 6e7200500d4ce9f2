/**
 * The one set of schemas for everything in `data/`. Types are inferred from
 * them (never written twice). Every object is strict: an unknown field is an
 * error, so a typo in a field name cannot silently drop a figure.
 *
 * Custom messages describe what was *expected*; the loader adds what it found.
 */
import * as z from 'zod';

export const LOCALES = ['en', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

const nonEmpty = z.string().min(1, 'a non-empty string');

/** A label shown to readers: always in both languages. */
export const Label = z.strictObject({ en: nonEmpty, 'zh-Hans': nonEmpty });
export type Label = z.infer<typeof Label>;

/** Ids appear in URLs (anchors, routes): lower-case ASCII words joined by hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case ASCII letters, digits and single hyphens');

/** Strategy ids keep the upstream spelling (`split_distiil`), so underscores are allowed. */
export const StrategyId = z
  .string()
  .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'a strategy id of lower-case ASCII letters, digits and underscores');

/** A figure as published, digits kept: "94.60" is not "94.6". */
const DECIMAL = 'a decimal figure as a string, such as "94.60" (a JSON number would drop its trailing zeros)';
export const Decimal = z.string({ error: DECIMAL }).regex(/^\d+(?:\.\d+)?$/, DECIMAL);

/**
 * A published delta as printed between the parentheses: relative ("-16.06%")
 * or absolute ("+0.7", "+0.0"), always signed. Upstream prints "(-)" where it
 * gives no delta; that is stored as "-".
 */
export const Delta = z
  .string()
  .regex(/^(?:[+-]\d+(?:\.\d+)?%?|-)$/, 'a signed delta such as "-16.06%" or "+0.7", or "-" for a published "(-)"');

export const Figure = z.strictObject({ value: Decimal, delta: Delta.optional() });
export type Figure = z.infer<typeof Figure>;

/** Scheme, host and file are judged by the url-policy check against data/url-policy.json. */
export const Url = z.string().min(1, 'a URL');

export const Technique = z.enum(['baseline', 'pruning', 'distillation', 'quantization']);
export type Technique = z.infer<typeof Technique>;

export const FieldKey = z.enum(['model', 'dataset', 'pretrained', 'strategy', 'inputSize', 'teacher', 'download']);
export type FieldKey = z.infer<typeof FieldKey>;

// ---------------------------------------------------------------- shared files

export const Source = z.strictObject({
  repository: nonEmpty,
  license: nonEmpty,
  branch: nonEmpty,
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'a 40-character git commit hash'),
  file: nonEmpty,
  docsPath: nonEmpty,
  url: Url,
  counts: z.strictObject({
    tables: z.int().nonnegative(),
    rows: z.int().nonnegative(),
    downloadLinks: z.int().nonnegative(),
    distinctDownloadUrls: z.int().nonnegative(),
  }),
  tables: z.array(Id).min(1, 'at least one table id'),
  testEnvironment: z.array(z.strictObject({ name: nonEmpty, version: nonEmpty })),
  links: z.array(z.strictObject({ id: Id, label: Label, url: Url })),
});
export type Source = z.infer<typeof Source>;

export const Model = z.strictObject({
  id: Id,
  label: nonEmpty,
  detector: z.enum(['YOLOv3', 'BlazeFace']),
  name: nonEmpty,
  description: Label,
});
export type Model = z.infer<typeof Model>;
export const Models = z.array(Model);

export const Dataset = z.strictObject({
  id: Id,
  label: Label,
  role: z.enum(['evaluation', 'pretraining']),
  description: Label,
});
export type Dataset = z.infer<typeof Dataset>;
export const Datasets = z.array(Dataset);

export const Device = z.strictObject({
  id: Id,
  label: Label,
  kind: z.enum(['gpu', 'mobile-soc']),
  vendor: nonEmpty,
  runtime: nonEmpty,
  setup: Label,
});
export type Device = z.infer<typeof Device>;
export const Devices = z.array(Device);

export const MetricDef = z.strictObject({
  label: Label,
  unit: Label.optional(),
  device: Id.optional(),
  better: z.enum(['higher', 'lower']),
  delta: z.enum(['relative', 'absolute']),
  /**
   * What the figure depends on: the architecture and input size (GFLOPs, size,
   * latency: the same for a pruned model with or without a distillation
   * teacher) or the trained weights (accuracy).
   */
  dependsOn: z.enum(['architecture', 'weights']),
});
export type MetricDef = z.infer<typeof MetricDef>;

const FieldDef = z.strictObject({ label: Label, unit: Label.optional() });

export const Columns = z.strictObject({
  fields: z.strictObject({
    model: FieldDef,
    dataset: FieldDef,
    pretrained: FieldDef,
    strategy: FieldDef,
    inputSize: FieldDef,
    teacher: FieldDef,
    download: FieldDef,
  }),
  metrics: z.record(Id, MetricDef),
});
export type Columns = z.infer<typeof Columns>;

export const Strategy = z.strictObject({
  id: StrategyId,
  technique: Technique,
  short: Label,
  description: Label,
  prunedRatios: z.array(Decimal).optional(),
});
export type Strategy = z.infer<typeof Strategy>;

export const Strategies = z.strictObject({
  prunedParams: z.array(nonEmpty),
  strategies: z.array(Strategy),
});
export type Strategies = z.infer<typeof Strategies>;

// ---------------------------------------------------------------- tables

export const Column = z.union(
  [
    z.strictObject({ field: FieldKey, label: Label.optional() }),
    z.strictObject({ metric: Id, label: Label.optional() }),
  ],
  { error: 'a column: {"field": …} or {"metric": …}, with an optional label' },
);
export type Column = z.infer<typeof Column>;

export const Teacher = z.strictObject({
  model: Id,
  /** The teacher's Box AP as the table quotes it, e.g. "36.2" in "YOLOv3-ResNet34(36.2)". */
  boxAp: Decimal,
  /** The teacher's own row, where the zoo has one. */
  row: Id.optional(),
});
export type Teacher = z.infer<typeof Teacher>;

export const Row = z.strictObject({
  id: Id,
  model: Id,
  dataset: Id,
  pretrained: Id.optional(),
  strategy: StrategyId,
  inputSize: z.int().positive(),
  /**
   * The row this one is compared with. Required on every non-baseline row;
   * `null` says upstream publishes no baseline for it (its deltas read "(-)").
   */
  baseline: Id.nullable().optional(),
  teacher: Teacher.optional(),
  cells: z.record(Id, Figure.nullable()),
  download: Url.optional(),
});
export type Row = z.infer<typeof Row>;

export const Quote = z.strictObject({
  row: Id,
  /** A metric id, or "inputSize". */
  column: z.union([Id, z.literal('inputSize')], { error: 'a metric id, or "inputSize"' }),
  /** Which part of the cell the prose quotes; a delta is quoted without its sign. */
  part: z.enum(['value', 'delta']).optional(),
  /** The figure exactly as the upstream bullet prints it. */
  published: nonEmpty,
});
export type Quote = z.infer<typeof Quote>;

export const SummaryPoint = z.strictObject({
  id: Id,
  /** Prose with `{0}`, `{1}`… where the quoted figures go, and `code` in backticks. */
  text: Label,
  quotes: z.array(Quote),
});
export type SummaryPoint = z.infer<typeof SummaryPoint>;

export const Table = z.strictObject({
  id: Id,
  technique: Technique.exclude(['baseline']),
  /** The docs page (its path without the locale) that shows this table; row links point there. */
  page: Id,
  title: Label,
  upstreamHeading: nonEmpty,
  columns: z.array(Column).min(1, 'at least one column'),
  rows: z.array(Row).min(1, 'at least one row'),
  summary: z.array(SummaryPoint),
});
export type Table = z.infer<typeof Table>;

// ---------------------------------------------------------------- trust

/** Which URLs the site may publish: https only, on these hosts, downloads ending in an archive extension. */
export const UrlPolicy = z.strictObject({
  downloadHosts: z.array(nonEmpty).min(1, 'at least one host'),
  linkHosts: z.array(nonEmpty),
  archiveExtensions: z
    .array(z.string().regex(/^\.[a-z0-9.]+$/, 'a file extension such as ".tar"'))
    .min(1, 'at least one extension'),
});
export type UrlPolicy = z.infer<typeof UrlPolicy>;

/**
 * One upstream figure that disagrees with what it is derived from, kept as
 * published and explained. The check fails on a disagreement with no entry
 * and on an entry with no disagreement.
 */
export const Erratum = z.strictObject({
  id: Id,
  target: z.union(
    [
      /** A published delta in a table cell. */
      z.strictObject({ row: Id, column: Id }),
      /** A figure quoted by a summary point: the point's id and the quote's index. */
      z.strictObject({ table: Id, point: Id, quote: z.int().nonnegative() }),
    ],
    { error: 'a target: {"row", "column"} for a cell delta or {"table", "point", "quote"} for a summary figure' },
  ),
  /** The value exactly as upstream prints it. */
  published: nonEmpty,
  note: Label,
});
export type Erratum = z.infer<typeof Erratum>;
export const Errata = z.array(Erratum);

// ---------------------------------------------------------------- links that last

/** A site path with an optional anchor: "/pruning" or "/pruning#prune-coco". */
const SitePath = z
  .string()
  .regex(/^\/[a-z0-9-/]*(#[^\s#]+)?$/, 'a site path such as "/pruning" or "/pruning#prune-coco"');

/**
 * The heading anchors GitHub gives the upstream document (people already link
 * to them), each with the place on this site that holds the same section.
 */
export const LegacyAnchors = z.strictObject({
  page: Url,
  anchors: z.record(nonEmpty, SitePath),
});
export type LegacyAnchors = z.infer<typeof LegacyAnchors>;

/**
 * The committed manifest of every public page and anchor. `npm run check` fails
 * when one disappears without a recorded move; `npm run permalinks` adds new ones.
 */
export const Permalinks = z.strictObject({
  /** Each page path with every anchor on it, sorted. */
  pages: z.record(SitePath, z.array(nonEmpty)),
  /** Old page or page#anchor → where it went. Pages get a redirect, anchors an alias. */
  moved: z.record(SitePath, SitePath),
});
export type Permalinks = z.infer<typeof Permalinks>;

// ---------------------------------------------------------------- downloads checked

/** What `npm run check:downloads` last found at one download URL. */
export const DownloadCheck = z.strictObject({
  checkedAt: z.iso.datetime(),
  /** Answered 2xx with bytes that look like an archive. */
  ok: z.boolean(),
  /** The final HTTP status; null when nothing answered. */
  status: z.number().int().nullable(),
  /** Where redirects ended, when they did. */
  finalUrl: z.string().nullable(),
  /** The whole file's size in bytes, when the server said. */
  size: z.number().int().nonnegative().nullable(),
  contentType: z.string().nullable(),
  /** What the first bytes are ("ustar" at byte 257 is tar; 1f 8b is gzip). */
  archive: z.enum(['tar', 'gzip', 'other']).nullable(),
  /** Why the link is not ok, in words; null when it is. */
  problem: z.string().nullable(),
});
export type DownloadCheck = z.infer<typeof DownloadCheck>;

/** data/download-checks.json: the last result for each distinct download URL. */
export const DownloadChecks = z.strictObject({ results: z.record(Url, DownloadCheck) });
export type DownloadChecks = z.infer<typeof DownloadChecks>;

/** The whole zoo, as the loader returns it once every file has passed. */
export interface Zoo {
  source: Source;
  models: Model[];
  datasets: Dataset[];
  devices: Device[];
  columns: Columns;
  strategies: Strategies;
  urlPolicy: UrlPolicy;
  errata: Erratum[];
  legacyAnchors: LegacyAnchors;
  permalinks: Permalinks;
  downloadChecks: DownloadChecks;
  /** In the upstream document's order (`source.tables`). */
  tables: Table[];
}

/** Every file the loader reads besides `tables/*.json`, with its schema. */
export const SHARED_FILES = {
  'source.json': Source,
  'models.json': Models,
  'datasets.json': Datasets,
  'devices.json': Devices,
  'columns.json': Columns,
  'strategies.json': Strategies,
  'url-policy.json': UrlPolicy,
  'errata.json': Errata,
  'legacy-anchors.json': LegacyAnchors,
  'permalinks.json': Permalinks,
  'download-checks.json': DownloadChecks,
} as const;
