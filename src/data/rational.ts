/**
 * Exact arithmetic on published decimals, so that a delta on the edge of its
 * rounding interval is judged by the figures and not by floating-point noise.
 * A rational is n/d with d > 0, in BigInt.
 */
export interface Q {
  n: bigint;
  d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x || 1n;
};

export function q(n: bigint, d = 1n): Q {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** "-16.06" → -1606/100; also accepts a leading "+". */
export function parseDecimal(text: string): Q {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new SyntaxError(`not a decimal: ${JSON.stringify(text)}`);
  const [, sign, whole, frac = ''] = m;
  const n = BigInt(whole + frac) * (sign === '-' ? -1n : 1n);
  return q(n, 10n ** BigInt(frac.length));
}

/** How many digits follow the decimal point as printed. */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

export const add = (a: Q, b: Q) => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q) => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};

/** Half a unit of the last printed digit: 0.005 for two decimals. */
export const halfUnit = (decimals: number) => q(5n, 10n ** BigInt(decimals + 1));

/** Rounds to `decimals` places, halves away from zero (as people round by hand). */
export function roundTo(x: Q, decimals: number): Q {
  const scale = 10n ** BigInt(decimals);
  const scaled = x.n * scale;
  const abs = scaled < 0n ? -scaled : scaled;
  const rounded = (2n * abs + x.d) / (2n * x.d);
  return q(scaled < 0n ? -rounded : rounded, scale);
}

/** The smallest multiple of 10^-decimals that is ≥ x, and the largest that is ≤ x. */
export function ceilTo(x: Q, decimals: number): Q {
  const scale = 10n ** BigInt(decimals);
  const s = x.n * scale;
  let k = s / x.d;
  if (k * x.d < s) k += 1n;
  return q(k, scale);
}

export function floorTo(x: Q, decimals: number): Q {
  const scale = 10n ** BigInt(decimals);
  const s = x.n * scale;
  let k = s / x.d;
  if (k * x.d > s) k -= 1n;
  return q(k, scale);
}

/** Prints x with exactly `decimals` places (rounded), with an explicit sign when `signed`. */
export function format(x: Q, decimals: number, signed = false): string {
  const r = roundTo(x, decimals);
  const scale = 10n ** BigInt(decimals);
  const units = (r.n * scale) / r.d;
  const negative = units < 0n;
  const abs = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const body = decimals ? `${abs.slice(0, -decimals)}.${abs.slice(-decimals)}` : abs;
  return `${negative ? '-' : signed ? '+' : ''}${body}`;
}

export const toNumber = (x: Q) => Number(x.n) / Number(x.d);
