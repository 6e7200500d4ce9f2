/**
 * Accuracy against a cost (GFLOPs, size or latency on a device), drawn on the
 * server as SVG: axes with units, a legend, the Pareto-optimal models ringed
 * and joined, each point a link to its row with a tooltip, and the same data
 * as a table for readers who do not see the chart.
 */
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { Delaunay } from 'd3-delaunay';
import { scaleLinear } from 'd3-scale';
import {
  line,
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import type { Locale, Zoo } from '../../data/schemas';
import { useLocale, useZoo } from '../../hooks/useZoo';
import {
  type ChartPoint,
  type ChartSpec,
  categoryKey,
  chartCategories,
  chartPoints,
  chartsFor,
} from '../../lib/charts';
import { sentenceGap, tidyChineseSpaces } from '../../lib/spacing';
import { paretoFront } from '../../lib/variants';
import styles from './styles.module.css';

const WIDTH = 640;
const HEIGHT = 380;
// The left margin holds the y ticks and the y axis's title side by side at the phone's larger type
// (styles.module.css, @container).
const M = { top: 16, right: 24, bottom: 52, left: 72 };

/**
 * How far from its mark a tap or a click still takes a point, in the drawing's units: 22 is a
 * 24 px wide target on a 390 px phone, where the drawing is ~360 px wide (WCAG 2.5.8). Where marks
 * are closer than that, each takes the part nearest to it (its Voronoi cell): a tap between two
 * marks goes to the nearer one, never to one drawn later on top.
 */
const HIT_RADIUS = 22;

const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye];

function axisLabel(zoo: Zoo, metric: string, locale: Locale): string {
  const def = zoo.columns.metrics[metric];
  const label = def?.label[locale] ?? metric;
  const device = def?.device
    ? translate({ id: 'chart.latencyOn', message: 'Latency on {device}' }, { device: label })
    : label;
  return def?.unit ? `${device} (${def.unit[locale]})` : device;
}

function category(zoo: Zoo, p: ChartPoint): string {
  const teacher = p.variant.teacher ? zoo.models.find((m) => m.id === p.variant.teacher)?.name : undefined;
  return teacher
    ? translate(
        { id: 'chart.distilledFrom', message: '{strategy}, distilled from {teacher}' },
        { strategy: p.variant.strategy, teacher },
      )
    : p.variant.strategy;
}

/** A point as a reader names it, teacher and all: a distilled model and its plain twin are two points. */
function pointName(zoo: Zoo, p: ChartPoint): string {
  return pointNameLines(zoo, p).join(' · ');
}

/** The same name in two parts: the model, then its kind and input size. */
function pointNameLines(zoo: Zoo, p: ChartPoint): [string, string] {
  const model = zoo.models.find((m) => m.id === p.variant.model)?.name ?? p.variant.model;
  return [model, `${category(zoo, p)} · ${p.variant.inputSize}`];
}

/** Room kept between the focused mark's name and the drawing's edges. */
const EDGE = 4;

/**
 * The name of the mark under the keyboard's focus: the model on one line, its kind and input size on
 * the next (a distilled model's name is too long for one line on a phone), over the mark (under it
 * near the top), centred on it but kept inside the drawing, which is measured before it is painted.
 * For the eye only: the mark's link is named already.
 */
function FocusName({ lines, x, y }: { lines: string[]; x: number; y: number }): ReactNode {
  const text = useRef<SVGTextElement>(null);
  const [left, setLeft] = useState<number>();
  useLayoutEffect(() => {
    const width = text.current?.getBBox().width ?? 0;
    setLeft(Math.max(EDGE, Math.min(x - width / 2, WIDTH - EDGE - width)));
  }, [x]);
  const above = y > 80;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a group of text, not focusable; the focused link says the name
    <g aria-hidden="true">
      <text
        ref={text}
        className={styles.focusName}
        y={above ? y - 14 : y + 14}
        visibility={left === undefined ? 'hidden' : undefined}
      >
        {lines.map((line, i) => (
          <tspan key={line} x={left ?? x} dy={i > 0 ? '1.2em' : above ? `${-1.2 * (lines.length - 1)}em` : '0.9em'}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

export function TradeoffChart({
  zoo,
  spec,
  locale,
  kinds,
}: {
  zoo: Zoo;
  spec: ChartSpec;
  locale: Locale;
  /** Every kind of point on the page's charts, in one order (chartCategories): a kind's mark is its index's. */
  kinds: string[];
}): ReactNode {
  const base = useBaseUrl('/');
  useBrokenLinks().collectAnchor(spec.id);
  const points = chartPoints(zoo, spec);
  const front = paretoFront(
    points,
    (p) => p.x,
    (p) => p.y,
  );
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = scaleLinear()
    .domain([0, Math.max(...xs) * 1.05])
    .range([M.left, WIDTH - M.right])
    .nice();
  const y = scaleLinear()
    .domain([Math.min(...ys) - 1, Math.max(...ys) + 1])
    .range([HEIGHT - M.bottom, M.top])
    .nice();
  // This chart's kinds, each with its place among all the charts' kinds: its colour and its shape.
  const indexOf = (p: ChartPoint) => Math.max(0, kinds.indexOf(categoryKey(p.variant)));
  const shown = [...new Map(points.map((p) => [categoryKey(p.variant), p])).values()]
    .map((p) => ({ index: indexOf(p), name: category(zoo, p) }))
    .sort((a, b) => a.index - b.index);
  const shapeAt = (index: number) => SHAPES[index % SHAPES.length] ?? symbolCircle;
  const frontier = [...front].sort((a, b) => a.x - b.x);
  const path = line<ChartPoint>()
    .x((p) => x(p.x))
    .y((p) => y(p.y))(frontier);
  const xLabel = axisLabel(zoo, spec.x, locale);
  const yLabel = axisLabel(zoo, spec.y, locale);
  const dataset = zoo.datasets.find((d) => d.id === spec.dataset)?.label[locale] ?? spec.dataset;
  const title = tidyChineseSpaces(
    translate({ id: 'chart.title', message: '{y} against {x} on {dataset}' }, { y: yLabel, x: xLabel, dataset }),
    locale,
  );
  const rowHref = (p: ChartPoint) => {
    const source = p.variant.sources[spec.x] ?? p.variant.rows[0];
    return source ? `${base}${source.table.page}#${source.row.id}` : '#';
  };
  const voronoi = Delaunay.from(
    points,
    (p) => x(p.x),
    (p) => y(p.y),
  ).voronoi([0, 0, WIDTH, HEIGHT]);
  const describe = (p: ChartPoint) => {
    const point = translate(
      { id: 'chart.point', message: '{name}: {x} {xValue}, {y} {yValue}' },
      {
        name: pointName(zoo, p),
        x: xLabel,
        xValue: p.variant.values[spec.x],
        y: yLabel,
        yValue: p.variant.values[spec.y],
      },
    );
    const text = front.has(p)
      ? translate({ id: 'chart.point.pareto', message: '{point} (Pareto-optimal)' }, { point })
      : point;
    return tidyChineseSpaces(text, locale);
  };
  // Each point's name, once: its link's label and its tooltip.
  const names = points.map(describe);
  // The mark the keyboard is on: a tooltip shows for the pointer alone, so its name is drawn beside it.
  const [focused, setFocused] = useState<ChartPoint>();

  return (
    <figure id={spec.id} className={styles.figure}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.svg} aria-labelledby={`${spec.id}-title`} data-nosearch>
        <title id={`${spec.id}-title`}>{title}</title>
        {y.ticks(6).map((t) => (
          <g key={`y${t}`} className={styles.grid}>
            <line x1={M.left} x2={WIDTH - M.right} y1={y(t)} y2={y(t)} />
            <text x={M.left - 8} y={y(t)} dy="0.32em" textAnchor="end">
              {y.tickFormat(6)(t)}
            </text>
          </g>
        ))}
        {x.ticks(8).map((t) => (
          <g key={`x${t}`} className={styles.grid}>
            <line x1={x(t)} x2={x(t)} y1={M.top} y2={HEIGHT - M.bottom} />
            <text x={x(t)} y={HEIGHT - M.bottom + 16} textAnchor="middle">
              {x.tickFormat(8)(t)}
            </text>
          </g>
        ))}
        <line className={styles.axis} x1={M.left} x2={WIDTH - M.right} y1={HEIGHT - M.bottom} y2={HEIGHT - M.bottom} />
        <line className={styles.axis} x1={M.left} x2={M.left} y1={M.top} y2={HEIGHT - M.bottom} />
        <text className={styles.axisLabel} x={(M.left + WIDTH - M.right) / 2} y={HEIGHT - 12} textAnchor="middle">
          {xLabel}
        </text>
        <text
          className={styles.axisLabel}
          transform={`translate(14 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yLabel}
        </text>
        {path && <path className={styles.frontier} d={path} />}
        {points.map((p, i) => (
          <a
            key={p.variant.key}
            href={rowHref(p)}
            className={styles.point}
            aria-label={names[i]}
            onFocus={(e) => setFocused(e.currentTarget.matches(':focus-visible') ? p : undefined)}
            onBlur={() => setFocused(undefined)}
          >
            <title>{names[i]}</title>
            {/* The target: the mark's Voronoi cell within HIT_RADIUS of it, unseen. A mark at the very
                place of another has no cell: its circle alone. */}
            <clipPath id={`${spec.id}-hit-${i}`}>
              <circle cx={x(p.x)} cy={y(p.y)} r={HIT_RADIUS} />
            </clipPath>
            <path
              d={voronoi.renderCell(i) || `M${x(p.x) - 6},${y(p.y)}a6,6 0 1,0 12,0a6,6 0 1,0 -12,0`}
              clipPath={`url(#${spec.id}-hit-${i})`}
              fill="transparent"
            />
            {front.has(p) && <circle className={styles.ring} cx={x(p.x)} cy={y(p.y)} r={9} />}
            <path
              transform={`translate(${x(p.x)} ${y(p.y)})`}
              d={symbol(shapeAt(indexOf(p)), 64)() ?? ''}
              data-category={indexOf(p) % SHAPES.length}
            />
          </a>
        ))}
        {/* One per mark (its key): measured anew for each. */}
        {focused && (
          <FocusName key={focused.variant.key} lines={pointNameLines(zoo, focused)} x={x(focused.x)} y={y(focused.y)} />
        )}
      </svg>
      <figcaption className={styles.caption}>
        <strong>{translate({ id: 'chart.caption.title', message: '{title}.' }, { title })}</strong>
        {sentenceGap(locale)}
        <Translate id="chart.caption">
          Each mark is a model; ringed marks joined by the dashed line are Pareto-optimal (for each, no other model is
          at least as cheap and as accurate, and better in one of the two). Select a mark to go to its row.
        </Translate>
        <ul className={styles.legend}>
          {shown.map(({ index, name }) => (
            <li key={name}>
              <svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true">
                <path d={symbol(shapeAt(index), 64)() ?? ''} data-category={index % SHAPES.length} />
              </svg>{' '}
              {name}
            </li>
          ))}
        </ul>
        <details>
          <summary>
            <Translate id="chart.data">The data behind this chart</Translate>
          </summary>
          <table aria-label={title}>
            <thead>
              <tr>
                <th scope="col">
                  <Translate id="chart.model">Model</Translate>
                </th>
                <th scope="col">{xLabel}</th>
                <th scope="col">{yLabel}</th>
                <th scope="col">
                  <Translate id="chart.pareto">Pareto-optimal</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...points]
                .sort((a, b) => a.x - b.x)
                .map((p) => (
                  <tr key={p.variant.key}>
                    <th scope="row">
                      <a href={rowHref(p)}>{pointName(zoo, p)}</a>
                    </th>
                    <td>{p.variant.values[spec.x]}</td>
                    <td>{p.variant.values[spec.y]}</td>
                    <td>{front.has(p) ? '✓' : ''}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}

/** `<TradeoffCharts dataset="coco" />`: every chart the dataset's data allows. */
export default function TradeoffCharts({ dataset }: { dataset: string }): ReactNode {
  const zoo = useZoo();
  const locale = useLocale();
  const kinds = chartCategories(zoo);
  return (
    <>
      {chartsFor(zoo, dataset).map((spec) => (
        <TradeoffChart key={spec.id} zoo={zoo} spec={spec} locale={locale} kinds={kinds} />
      ))}
    </>
  );
}
