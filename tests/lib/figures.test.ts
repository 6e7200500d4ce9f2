import { describe, expect, it } from 'vitest';
import { deltaDirection, deltaMagnitude, fileName, publishedCell } from '../../src/lib/figures';
import { splitProse } from '../../src/lib/quotes';

describe('deltaDirection', () => {
  it.each([
    ['-16.06%', 'lower', 'better'],
    ['+3.00%', 'lower', 'worse'],
    ['+0.7', 'higher', 'better'],
    ['-1.5', 'higher', 'worse'],
    ['+0.0', 'higher', 'same'],
    ['-0.00%', 'lower', 'same'],
  ] as const)('%s where %s is better is %s', (delta, better, want) => {
    expect(deltaDirection(delta, better)).toBe(want);
  });

  it('has no direction for a published "(-)"', () => {
    expect(deltaDirection('-', 'higher')).toBeUndefined();
  });
});

describe('figures as published', () => {
  it('prints a cell the way upstream does', () => {
    expect(publishedCell({ value: '37.53', delta: '-16.06%' })).toBe('37.53(-16.06%)');
    expect(publishedCell({ value: '37.5', delta: '-' })).toBe('37.5(-)');
    expect(publishedCell({ value: '94.60' })).toBe('94.60');
  });

  it('quotes a delta without its sign, keeping its digits', () => {
    expect(deltaMagnitude('-16.06%')).toBe('16.06%');
    expect(deltaMagnitude('+0.0')).toBe('0.0');
  });

  it('names a download by its file', () => {
    expect(fileName('https://paddlemodels.bj.bcebos.com/PaddleSlim/prune/yolov3_mobilenet_v1_prune578.tar')).toBe(
      'yolov3_mobilenet_v1_prune578.tar',
    );
  });
});

describe('splitProse', () => {
  it('separates text, code spans and placeholders', () => {
    expect(splitProse('With `r578`, {0} fewer at {1}.')).toEqual([
      { kind: 'text', text: 'With ' },
      { kind: 'code', text: 'r578' },
      { kind: 'text', text: ', ' },
      { kind: 'quote', index: 0 },
      { kind: 'text', text: ' fewer at ' },
      { kind: 'quote', index: 1 },
      { kind: 'text', text: '.' },
    ]);
  });
});
