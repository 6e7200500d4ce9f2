/**
 * Whether a published delta agrees with the figures it is derived from.
 *
 * A figure printed with d decimals stands for any true value within half a
 * unit of its last digit. The delta agrees when some pair of true values of
 * the row's figure and its baseline gives a true delta whose interval meets
 * the published delta's own interval. It agrees *only through rounding* when
 * that holds but plain arithmetic on the printed figures, rounded like the
 * published delta, gives another value. Otherwise it disagrees. Plain
 * arithmetic rounds halves away from zero, as people round by hand; no figure
 * of the zoo sits on a tie.
 */
import {
  add,
  ceilTo,
  cmp,
  decimalsOf,
  div,
  floorTo,
  format,
  halfUnit,
  mul,
  parseDecimal,
  type Q,
  q,
  sub,
} from './rational';

export type DeltaKind = 'relative' | 'absolute';
export type Outcome = 'agrees' | 'rounding' | 'disagrees';

export interface DeltaVerdict {
  outcome: Outcome;
  kind: DeltaKind;
  /** The published delta, as printed ("-16.06%"). */
  published: string;
  /** Plain arithmetic on the printed figures, rounded like the published delta ("-16.06%"). */
  plain: string;
  /** Where the true delta can lie, given the rounding of both figures (2 decimals past the published). */
  interval: [string, string];
  /** The published values, at the published precision, that would agree. */
  agreeing: [string, string];
}

const HUNDRED = q(100n);

/** A delta's kind from how it is printed: a trailing "%" makes it relative. */
export function deltaKind(delta: string): DeltaKind {
  return delta.endsWith('%') ? 'relative' : 'absolute';
}

function change(kind: DeltaKind, value: Q, baseline: Q): Q {
  return kind === 'relative' ? div(mul(sub(value, baseline), HUNDRED), baseline) : sub(value, baseline);
}

/**
 * A relative delta needs a baseline that stays above zero across its rounding
 * interval; anything else has no delta to check (the delta-form rule says so).
 */
export function canCheck(baseline: string, delta: string): boolean {
  if (deltaKind(delta) === 'absolute') return true;
  return cmp(sub(parseDecimal(baseline), halfUnit(decimalsOf(baseline))), q(0n)) > 0;
}

/**
 * Checks `delta` (e.g. "-16.06%" or "+0.7") of a figure `value` against its
 * baseline figure. Figures are positive, as every figure in the zoo is.
 */
export function checkDelta(value: string, baseline: string, delta: string): DeltaVerdict {
  const kind = deltaKind(delta);
  const digits = delta.replace(/%$/, '');
  const e = decimalsOf(digits);
  const p = parseDecimal(digits);
  const v = parseDecimal(value);
  const b = parseDecimal(baseline);
  const hv = halfUnit(decimalsOf(value));
  const hb = halfUnit(decimalsOf(baseline));
  const he = halfUnit(e);

  // The change grows with the figure and shrinks as the baseline grows.
  const lo = change(kind, sub(v, hv), add(b, hb));
  const hi = change(kind, add(v, hv), sub(b, hb));
  const exact = change(kind, v, b);

  const meets = cmp(lo, add(p, he)) <= 0 && cmp(hi, sub(p, he)) >= 0;
  const unit = kind === 'relative' ? '%' : '';
  const show = (x: Q, places: number) => `${format(x, places, true)}${unit}`;
  // Compared as printed, so a published "-0.0" where the figures give exactly zero is only "rounding".
  const plainEqual = show(exact, e) === delta;
  return {
    outcome: plainEqual ? 'agrees' : meets ? 'rounding' : 'disagrees',
    kind,
    published: delta,
    plain: show(exact, e),
    interval: [show(lo, e + 2), show(hi, e + 2)],
    agreeing: [show(ceilTo(sub(lo, he), e), e), show(floorTo(add(hi, he), e), e)],
  };
}

/** The formula behind a delta, for people: "(37.53 − 44.71) / 44.71 × 100 %". */
export function formula(kind: DeltaKind, value: string, baseline: string): string {
  return kind === 'relative' ? `(${value} − ${baseline}) / ${baseline} × 100 %` : `${value} − ${baseline}`;
}
