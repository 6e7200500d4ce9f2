/**
 * The audit of arbitrary model-zoo markdown, on small files written for these tests: each cell
 * form, each way of marking a baseline, each reason a figure cannot be checked, with the
 * findings asserted exactly. Expected deltas are worked out by hand in the comments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/audit';
import { auditMarkdown } from '../../src/markdown/audit';
import { parseCell } from '../../src/markdown/cells';

const dir = path.resolve(import.meta.dirname, '../fixtures/audit');
const fixture = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

/** A check without its formula, for compact expectations. */
const brief = (md: string) =>
  auditMarkdown(md).checks.map((c) => [c.heading, c.row, c.column, c.published, c.computed, c.outcome]);

describe('parseCell', () => {
  it('reads a value with a relative delta, with or without a space', () => {
    expect(parseCell('37.53(-16.06%)')).toEqual({
      kind: 'figures',
      figures: [{ value: '37.53', percent: false, delta: { text: '-16.06%', none: false, signed: true } }],
    });
    expect(parseCell('39.8 (+0.7)')).toEqual({
      kind: 'figures',
      figures: [{ value: '39.8', percent: false, delta: { text: '+0.7', none: false, signed: true } }],
    });
  });

  it('reads "(-)" as "no delta", a bare value as a figure, and "-" as an empty cell', () => {
    expect(parseCell('37.5(-)')).toEqual({
      kind: 'figures',
      figures: [{ value: '37.5', percent: false, delta: { text: '-', none: true, signed: false } }],
    });
    expect(parseCell('94.60')).toEqual({ kind: 'figures', figures: [{ value: '94.60', percent: false }] });
    expect(parseCell(' - ')).toEqual({ kind: 'empty' });
  });

  it('reads several percentage figures in one cell, each with its delta', () => {
    expect(parseCell('70.99%/89.68%(-1.59%/-1.02%)')).toEqual({
      kind: 'figures',
      figures: [
        { value: '70.99', percent: true, delta: { text: '-1.59%', none: false, signed: true } },
        { value: '89.68', percent: true, delta: { text: '-1.02%', none: false, signed: true } },
      ],
    });
  });

  it('tells placeholders and text from figures', () => {
    expect(parseCell('xx')).toEqual({ kind: 'placeholder', text: 'xx' });
    expect(parseCell('36.2(xx%)')).toEqual({ kind: 'placeholder', text: '36.2(xx%)' });
    expect(parseCell('YOLOv3-ResNet34(36.2)')).toEqual({ kind: 'text' });
    expect(parseCell('sensity')).toEqual({ kind: 'text' });
  });
});

describe('auditMarkdown', () => {
  it('checks every cell form, a % delta on a percentage being a difference in points', () => {
    expect(brief(fixture('forms.md'))).toEqual([
      // (37.53 − 44.71) / 44.71 = −16.059…%
      ['Pruned detector', 'R50 · sensity', 'GFLOPs', '-16.06%', '-16.06%', 'agrees'],
      ['Pruned detector', 'R50 · sensity', 'Box AP', '+0.7', '+0.7', 'agrees'],
      // (29.98 − 44.71) / 44.71 = −32.945…%; "37.5(-)" prints no delta, so nothing to check
      ['Pruned detector', 'R50 · r578', 'GFLOPs', '-30.00%', '-32.95%', 'disagrees'],
      // 70.99 − 72.15 = −1.16 points, 89.68 − 90.65 = −0.97 points
      ['Classifier', 'MobileNetV2 · quant', 'Top-1/Top-5', '-1.16%', '-1.16%', 'agrees'],
      ['Classifier', 'MobileNetV2 · quant', 'Top-1/Top-5', '-0.97%', '-0.97%', 'agrees'],
      // 70.56 − 72.15 = −1.59; 89.63 − 90.65 = −1.02, not −1.20
      ['Classifier', 'MobileNetV2 · prune', 'Top-1/Top-5', '-1.59%', '-1.59%', 'agrees'],
      ['Classifier', 'MobileNetV2 · prune', 'Top-1/Top-5', '-1.20%', '-1.02%', 'disagrees'],
    ]);
    expect(auditMarkdown(fixture('forms.md')).unchecked).toEqual([]);
  });

  it('finds baselines marked "-" (matched on model, dataset and input size) and "student"', () => {
    expect(brief(fixture('conventions.md'))).toEqual([
      ['Quantized (dash marks the baseline)', 'YOLO · COCO · 608 · int8', 'mAP', '-0.5', '-0.5', 'agrees'],
      // 27.0 − 28.0 (the 416 baseline, not the 608 one) = −1.0
      ['Quantized (dash marks the baseline)', 'YOLO · COCO · 416 · int8', 'mAP', '-0.5', '-1.0', 'disagrees'],
      ['Quantized (dash marks the baseline)', 'YOLO · VOC · 608 · int8', 'mAP', '-0.1', '-0.1', 'agrees'],
      ['Distilled (the student is the baseline)', 'Tiny · kd', 'Accuracy', '+1.5', '+1.5', 'agrees'],
      // 66.0 − 65.0 = +1.0; with both figures rounded to a tenth the change can reach +1.1
      ['Distilled (the student is the baseline)', 'Small · kd', 'Accuracy', '+1.1', '+1.0', 'rounding'],
    ]);
  });

  it('says what it cannot check and why', () => {
    const audit = auditMarkdown(fixture('unchecked.md'));
    expect(audit.unchecked.map((u) => [u.row, u.column, u.cell, u.reason, u.line])).toEqual([
      ['A · pruned', 'Box AP', 'xx', 'placeholder', 8],
      ['A · pruned', 'Download', 'http://example.com/a_p.tar', 'non-https link', 8],
      ['A · quant', 'Box AP', '39.5(0.5)', 'unsigned delta', 9],
      ['A · quant', 'Download', '', 'empty link', 9],
      ['B · pruned', 'Box AP', '30.1(-0.9)', 'no baseline', 10],
      ['B · pruned', 'Latency (ms)', '12.0(-20.00%)', 'no baseline', 10],
      ['B · pruned', 'Download', '-', 'empty link', 10],
    ]);
    // The figures that can be checked still are: (15.0 − 20.0) / 20.0 and (18.0 − 20.0) / 20.0.
    expect(audit.checks.map((c) => [c.row, c.published, c.outcome])).toEqual([
      ['A · pruned', '-25.00%', 'agrees'],
      ['A · quant', '-10.00%', 'agrees'],
    ]);
  });
});

describe('npm run audit', () => {
  it('prints each disagreement with heading, row, column, published and computed, then a summary; exits 1', () => {
    const out: string[] = [];
    const before = fs.readdirSync(dir);
    expect(main([path.join(dir, 'conventions.md')], (t) => out.push(t))).toBe(1);
    expect(out.join('\n')).toBe(
      [
        'DISAGREES  Quantized (dash marks the baseline) › YOLO · COCO · 416 · int8 › mAP (line 10)',
        '    published -0.5, the figures give -1.0  [27.0 − 28.0]',
        '',
        '2 tables, 5 deltas checked: 3 agree, 1 agree only through rounding, 1 disagree; 0 not checked.',
      ].join('\n'),
    );
    // It writes nothing.
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  it('lists what it could not check, and exits 0 when nothing disagrees', () => {
    const out: string[] = [];
    expect(main([path.join(dir, 'unchecked.md')], (t) => out.push(t))).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Not checked:\n  placeholder  Draft table › A · pruned › Box AP (line 8): "xx"');
    expect(text).toContain('  unsigned delta  Draft table › A · quant › Box AP (line 9): "39.5(0.5)"');
    expect(text.split('\n').at(-1)).toBe(
      '1 tables, 2 deltas checked: 2 agree, 0 agree only through rounding, 0 disagree; 7 not checked.',
    );
  });

  it('exits 2 with a usage line or when the file cannot be read', () => {
    const out: string[] = [];
    expect(main([], (t) => out.push(t))).toBe(2);
    expect(main([path.join(dir, 'missing.md')], (t) => out.push(t))).toBe(2);
    expect(out[0]).toBe('usage: npm run audit -- <file.md> [--all]');
    expect(out[1]).toMatch(/^cannot read .*missing\.md: ENOENT/);
  });
});
