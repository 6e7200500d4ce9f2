/**
 * An independent, floating-point reading of the agreement rule, for tests:
 * it shares no code with src/data/deltas.ts, so the two can check each other.
 */
const decimals = (s: string) => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);
const half = (s: string) => 0.5 * 10 ** -decimals(s);

export type OracleOutcome = 'agrees' | 'rounding' | 'disagrees' | 'ambiguous';

export function oracle(value: string, baseline: string, delta: string): OracleOutcome {
  const relative = delta.endsWith('%');
  const digits = delta.replace('%', '');
  const v = Number(value);
  const b = Number(baseline);
  const p = Number(digits);
  const f = (x: number, y: number) => (relative ? ((x - y) / y) * 100 : x - y);
  const lo = f(v - half(value), b + half(baseline));
  const hi = f(v + half(value), b - half(baseline));
  const pLo = p - half(digits);
  const pHi = p + half(digits);
  const eps = 1e-7;
  if (Math.abs(lo - pHi) < eps || Math.abs(hi - pLo) < eps) return 'ambiguous';
  if (lo > pHi || hi < pLo) return 'disagrees';
  const exact = f(v, b) * 10 ** decimals(digits);
  const frac = Math.abs(exact) % 1;
  if (Math.abs(frac - 0.5) < eps) return 'ambiguous';
  return Math.round(Math.abs(exact)) * Math.sign(exact) === Math.round(p * 10 ** decimals(digits))
    ? 'agrees'
    : 'rounding';
}

/** The figure moved by `step` units of its last printed digit, printed the same way: "+0.0" - 1 → "-0.1". */
export function nudge(text: string, step: number): string {
  const percent = text.endsWith('%');
  const body = text.replace('%', '');
  const signed = /^[+-]/.test(body);
  const d = decimals(body);
  const units = Math.round(Number(body) * 10 ** d) + step;
  const abs = (Math.abs(units) / 10 ** d).toFixed(d);
  const sign = units < 0 ? '-' : signed ? '+' : '';
  return `${sign}${abs}${percent ? '%' : ''}`;
}
