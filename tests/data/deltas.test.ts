import { describe, expect, it } from 'vitest';
import { checkDelta } from '../../src/data/deltas';
import { format, parseDecimal, roundTo } from '../../src/data/rational';
import { nudge, oracle } from './oracle';

describe('checkDelta', () => {
  it('finds the published -17.06% wrong and says what would agree (the example in the design notes)', () => {
    // (37.525 − 44.715) / 44.715 = −16.0796 %, (37.535 − 44.705) / 44.705 = −16.0385 %
    expect(checkDelta('37.53', '44.71', '-17.06%')).toEqual({
      outcome: 'disagrees',
      kind: 'relative',
      published: '-17.06%',
      plain: '-16.06%',
      interval: ['-16.0796%', '-16.0385%'],
      agreeing: ['-16.08%', '-16.04%'],
    });
  });

  it('accepts the published -16.06%', () => {
    expect(checkDelta('37.53', '44.71', '-16.06%').outcome).toBe('agrees');
  });

  it('tells apart a delta that agrees only through rounding', () => {
    // (29.98 − 44.71) / 44.71 = −32.9456 %: plain arithmetic prints −32.95 %, rounding allows −32.94 %
    const v = checkDelta('29.98', '44.71', '-32.94%');
    expect([v.outcome, v.plain]).toEqual(['rounding', '-32.95%']);
  });

  it('checks absolute deltas in the metric’s own unit', () => {
    expect(checkDelta('76.3', '75.3', '+2.0')).toMatchObject({
      outcome: 'disagrees',
      plain: '+1.0',
      agreeing: ['+0.9', '+1.1'],
    });
    expect(checkDelta('27.1', '27.1', '+0.0')).toMatchObject({ outcome: 'agrees', plain: '+0.0' });
    expect(checkDelta('35.2', '36.2', '-1.1')).toMatchObject({ outcome: 'rounding', plain: '-1.0' });
  });

  it('agrees with an independent floating-point reading of the rule on 5,000 random cases', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const fig = (places: number) => (1 + random() * 900).toFixed(places);
    let compared = 0;
    for (let i = 0; i < 5000; i++) {
      const value = fig(Math.floor(random() * 4));
      const baseline = fig(Math.floor(random() * 4));
      const relative = random() < 0.5;
      const exact = relative
        ? ((Number(value) - Number(baseline)) / Number(baseline)) * 100
        : Number(value) - Number(baseline);
      const places = 1 + Math.floor(random() * 2);
      const jitter = Math.round((random() - 0.5) * 6) * 10 ** -places;
      const shown = exact + jitter;
      const delta = `${shown < 0 ? '-' : '+'}${Math.abs(shown).toFixed(places)}${relative ? '%' : ''}`;
      const expected = oracle(value, baseline, delta);
      if (expected === 'ambiguous') continue;
      compared++;
      expect(checkDelta(value, baseline, delta).outcome, `${value} vs ${baseline}: ${delta}`).toBe(expected);
    }
    expect(compared).toBeGreaterThan(4500);
  });
});

describe('exact decimals', () => {
  it('rounds halves away from zero, as by hand', () => {
    expect(format(roundTo(parseDecimal('0.125'), 2), 2)).toBe('0.13');
    expect(format(roundTo(parseDecimal('-0.125'), 2), 2)).toBe('-0.13');
    expect(format(parseDecimal('5'), 2, true)).toBe('+5.00');
  });

  it('moves a figure by one unit of its last digit in tests', () => {
    expect(nudge('+0.0', -1)).toBe('-0.1');
    expect(nudge('-16.06%', 1)).toBe('-16.05%');
    expect(nudge('94.60', 1)).toBe('94.61');
  });
});
