/**
 * The audit of arbitrary model-zoo markdown, on small files written for these tests: each cell
 * form, each way of marking a baseline, each reason a figure cannot be checked, with the
 * findings asserted exactly. Expected deltas are worked out by hand in the comments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/audit';
import { loadZoo } from '../../src/data/load';
import { verify } from '../../src/data/verify';
import { auditMarkdown, summarize } from '../../src/markdown/audit';
import { parseCell } from '../../src/markdown/cells';

const dir = path.resolve(import.meta.dirname, '../fixtures/audit');
const fixture = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const kinds = path.join(dir, 'kinds');

/** The checked deltas of a file, without formulas, for compact expectations. */
const brief = (md: string) =>
  auditMarkdown(md)
    .findings.filter((f) => f.verdict !== 'not-checked')
    .map((f) => [f.table, f.row, f.column, f.published, f.computed, f.verdict]);

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

  it('reads two figures each with its own delta, split by "/"', () => {
    expect(parseCell('39.7(+0.5)/35.9(+0.3)')).toEqual({
      kind: 'figures',
      figures: [
        { value: '39.7', percent: false, delta: { text: '+0.5', none: false, signed: true } },
        { value: '35.9', percent: false, delta: { text: '+0.3', none: false, signed: true } },
      ],
    });
  });

  it('reads a change printed without its figure, and full-width brackets and signs as ASCII', () => {
    expect(parseCell('-37%')).toEqual({ kind: 'change', delta: { text: '-37%', none: false, signed: true } });
    expect(parseCell('39.1（＋0.7）')).toEqual({
      kind: 'figures',
      figures: [{ value: '39.1', percent: false, delta: { text: '+0.7', none: false, signed: true } }],
    });
    expect(parseCell('29.5(−0.5)')).toEqual({
      kind: 'figures',
      figures: [{ value: '29.5', percent: false, delta: { text: '-0.5', none: false, signed: true } }],
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
    expect(auditMarkdown(fixture('forms.md')).findings.filter((f) => f.verdict === 'not-checked')).toEqual([]);
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

  it('says what it cannot check and why, and lists the links that need a look apart', () => {
    const audit = auditMarkdown(fixture('unchecked.md'));
    expect(
      audit.findings
        .filter((f) => f.verdict === 'not-checked')
        .map((f) => [f.row, f.column, f.published, f.reason, f.line]),
    ).toEqual([
      ['A · pruned', 'Box AP', 'xx', 'placeholder', 8],
      ['A · quant', 'Box AP', '0.5', 'unsigned delta', 9],
      ['B · pruned', 'Box AP', '-0.9', 'no baseline', 10],
      ['B · pruned', 'Latency (ms)', '-20.00%', 'no baseline', 10],
    ]);
    expect(audit.links.map((l) => [l.row, l.column, l.url, l.problem, l.line])).toEqual([
      ['A · pruned', 'Download', 'http://example.com/a_p.tar', 'non-https link', 8],
      ['A · quant', 'Download', '', 'empty link', 9],
      ['B · pruned', 'Download', '', 'empty link', 10],
    ]);
    // The figures that can be checked still are: (15.0 − 20.0) / 20.0 and (18.0 − 20.0) / 20.0.
    expect(
      audit.findings.filter((f) => f.verdict !== 'not-checked').map((f) => [f.row, f.published, f.verdict]),
    ).toEqual([
      ['A · pruned', '-25.00%', 'agrees'],
      ['A · quant', '-10.00%', 'agrees'],
    ]);
  });
});

describe('npm run audit', () => {
  const SUMMARY_TAIL = '0 likely slips in the text. Links: 0 empty, 0 non-https, 0 relative.';

  it('prints each disagreement with heading, row, column, published and computed, then a summary; exits 1', () => {
    const out: string[] = [];
    const before = fs.readdirSync(dir);
    expect(main([path.join(dir, 'conventions.md')], (t) => out.push(t))).toBe(1);
    expect(out.join('\n')).toBe(
      [
        'DISAGREES  Quantized (dash marks the baseline) › YOLO · COCO · 416 · int8 › mAP (line 10)',
        '    published -0.5, the figures give -1.0  [27.0 − 28.0]',
        '',
        `2 tables, 5 deltas checked: 3 agree, 1 agree only through rounding, 1 disagree; 0 not checked; ${SUMMARY_TAIL}`,
      ].join('\n'),
    );
    // It writes nothing.
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  it('lists what it could not check and the links apart, and exits 0 when nothing disagrees', () => {
    const out: string[] = [];
    expect(main([path.join(dir, 'unchecked.md')], (t) => out.push(t))).toBe(0);
    expect(out.join('\n')).toBe(
      [
        'Not checked:',
        '  placeholder  Draft table › A · pruned › Box AP (line 8): "xx"',
        '  unsigned delta  Draft table › A · quant › Box AP (line 9): "0.5"',
        '  no baseline  Draft table › B · pruned › Box AP (line 10): "-0.9"',
        '  no baseline  Draft table › B · pruned › Latency (ms) (line 10): "-20.00%"',
        '',
        'Links:',
        '  non-https link  Draft table › A · pruned › Download (line 8): "http://example.com/a_p.tar"',
        '  empty link  Draft table › A · quant › Download (line 9): ""',
        '  empty link  Draft table › B · pruned › Download (line 10): ""',
        '',
        '1 tables, 2 deltas checked: 2 agree, 0 agree only through rounding, 0 disagree; 4 not checked; ' +
          '0 likely slips in the text. Links: 2 empty, 1 non-https, 0 relative.',
      ].join('\n'),
    );
  });

  it('--json prints one document: findings (the agreeing ones too with --all), links and a summary', () => {
    const out: string[] = [];
    expect(main([path.join(kinds, '6-links.md'), '--json'], (t) => out.push(t))).toBe(0);
    const doc = JSON.parse(out.join('\n'));
    expect(doc.findings).toEqual([]);
    expect(doc.links[0]).toEqual({
      line: 7,
      table: 'Downloads',
      row: 'A · baseline',
      column: 'Config',
      url: '../configs/a.yml',
      problem: 'relative link',
    });
    expect(doc.summary).toEqual({
      tables: 1,
      checked: 2,
      agrees: 2,
      rounding: 0,
      disagrees: 0,
      notChecked: 0,
      textSlips: 0,
      links: { 'empty link': 3, 'non-https link': 1, 'relative link': 2 },
    });
    const all: string[] = [];
    expect(main([path.join(kinds, '7-slip-in-text.md'), '--json', '--all'], (t) => all.push(t))).toBe(1);
    expect(JSON.parse(all.join('\n')).findings.at(-1)).toEqual({
      line: 12,
      table: 'Pruned',
      row: 'R50 · r578',
      column: 'GFLOPs',
      published: '32.98%',
      computed: '-32.94%',
      verdict: 'disagrees',
      reason: 'likely slip in the text',
      formula: null,
      source: 'text',
    });
  });

  it('exits 2 with a usage line on wrong arguments or when the file cannot be read', () => {
    const out: string[] = [];
    expect(main([], (t) => out.push(t))).toBe(2);
    expect(main([path.join(dir, 'missing.md')], (t) => out.push(t))).toBe(2);
    expect(main([path.join(dir, 'forms.md'), '--jsn'], (t) => out.push(t))).toBe(2);
    expect(out[0]).toBe('usage: npm run audit -- <file.md> [--all] [--json]');
    expect(out[1]).toMatch(/^cannot read .*missing\.md: ENOENT/);
    expect(out[2]).toMatch(/^Unknown option '--jsn'[\s\S]*\nusage: npm run audit/);
  });
});

/**
 * What went wrong on real model-zoo documents, one small file a kind (tests/fixtures/audit/kinds),
 * every finding asserted: [line, row, column, published, computed, verdict, reason].
 */
describe('the audit on the kinds of table real documents hold', () => {
  const findings = (name: string) =>
    auditMarkdown(fs.readFileSync(path.join(kinds, name), 'utf8')).findings.map((f) => [
      f.line,
      f.row,
      f.column,
      f.published,
      f.computed,
      f.verdict,
      f.reason,
    ]);

  it('1. a header with full-width brackets is read like its ASCII form: "Model Size（MB）" is a figure, not a key', () => {
    expect(findings('1-fullwidth-headers.md')).toEqual([
      [8, 'ResNet50 · prune-30', 'Top-1（%）', '-0.31', '-0.31', 'agrees', null],
      // 71.10 − 72.15 = −1.05
      [10, 'MobileNetV2 · prune-30', 'Top-1（%）', '-0.95', '-1.05', 'disagrees', null],
    ]);
  });

  it('2. a footnote link in the method column neither makes it a link column nor hides the baseline', () => {
    const audit = auditMarkdown(fs.readFileSync(path.join(kinds, '2-footnote-in-method.md'), 'utf8'));
    expect(findings('2-footnote-in-method.md')).toEqual([
      [8, 'Tiny · kd', 'mAP', '+1.5', '+1.5', 'agrees', null],
      // 66.2 − 65.0 = +1.2
      [10, 'Small · kd', 'mAP', '+1.0', '+1.2', 'disagrees', null],
    ]);
    expect(audit.links).toEqual([]);
  });

  it('3. two figures with a delta each, split by "/", are both checked', () => {
    expect(findings('3-two-figures-per-cell.md')).toEqual([
      [8, 'R50 · prune', 'Box AP / Mask AP', '+0.5', '+0.5', 'agrees', null],
      [8, 'R50 · prune', 'Box AP / Mask AP', '+0.3', '+0.3', 'agrees', null],
      [9, 'R50 · prune-more', 'Box AP / Mask AP', '+0.9', '+0.9', 'agrees', null],
      // 36.2 − 35.6 = +0.6
      [9, 'R50 · prune-more', 'Box AP / Mask AP', '+0.3', '+0.6', 'disagrees', null],
    ]);
  });

  it('4. a change printed without its figure is listed as not checkable, with the reason', () => {
    expect(findings('4-change-without-figure.md')).toEqual([
      // (6.3 − 10.0) / 10.0 = −37%
      [8, 'A · int8', 'GFLOPs', '-37.00%', '-37.00%', 'agrees', null],
      [8, 'A · int8', 'Latency (ms)', '-37%', null, 'not-checked', 'change without its figure'],
    ]);
  });

  it('5. a column that publishes drops (by its header, or by its rows) is checked as baseline − value', () => {
    expect(findings('5-drop-columns.md')).toEqual([
      // 76.46 − 76.15 = 0.31; 76.46 − 75.90 = 0.56
      [8, 'ResNet50 · prune-a', 'Accuracy (drop) %', '0.31', '0.31', 'agrees', null],
      [9, 'ResNet50 · prune-b', 'Accuracy (drop) %', '0.56', '0.56', 'agrees', null],
      // 76.46 − 76.26 = a drop of +0.20: the minus sign contradicts the column
      [10, 'ResNet50 · prune-c', 'Accuracy (drop) %', '-0.20', '+0.20', 'disagrees', null],
      // 掉点: 70.99 − 70.10 = 0.89; 70.99 − 70.50 = +0.49
      [17, 'MobileNetV1 · prune', '精度（掉点）', '0.89', '0.89', 'agrees', null],
      [18, 'MobileNetV1 · quant', '精度（掉点）', '+0.49', '+0.49', 'agrees', null],
      // no word in the header: the rows agree as drops, so the column is one; 71.59 − 71.30 = 0.29
      [25, 'VGG16 · prune-a', 'Top-1 (%)', '0.39', '0.39', 'agrees', null],
      [26, 'VGG16 · prune-b', 'Top-1 (%)', '0.69', '0.69', 'agrees', null],
      [27, 'VGG16 · prune-c', 'Top-1 (%)', '0.20', '0.29', 'disagrees', null],
    ]);
  });

  it('6. links are listed apart, each problem by its own name, and counted apart', () => {
    const audit = auditMarkdown(fs.readFileSync(path.join(kinds, '6-links.md'), 'utf8'));
    expect(audit.links.map((l) => [l.line, l.row, l.column, l.url, l.problem])).toEqual([
      [7, 'A · baseline', 'Config', '../configs/a.yml', 'relative link'],
      [8, 'A · int8', 'Config', '../configs/a_int8.yml', 'relative link'],
      [8, 'A · int8', 'Download', 'http://example.com/a_int8.tar', 'non-https link'],
      [9, 'B · baseline', 'Download', '', 'empty link'],
      [10, 'B · int8', 'Config', '', 'empty link'],
      [10, 'B · int8', 'Download', '', 'empty link'],
    ]);
    expect(findings('6-links.md').map((f) => f[5])).toEqual(['agrees', 'agrees']);
  });

  it('7. a percentage in the text under a table that misses one of its deltas by at most 0.1 is a likely slip', () => {
    expect(findings('7-slip-in-text.md')).toEqual([
      [8, 'R50 · r578', 'GFLOPs', '-32.94%', '-32.95%', 'rounding', null],
      [8, 'R50 · r578', 'Box AP', '-0.8', '-0.8', 'agrees', null],
      [10, 'MV1 · r578', 'GFLOPs', '-69.64%', '-69.62%', 'rounding', null],
      [10, 'MV1 · r578', 'Box AP', '-1.5', '-1.5', 'agrees', null],
      // 32.98% is 0.04 from -32.94%; 69.64% matches; 12.5% is near no delta
      [12, 'R50 · r578', 'GFLOPs', '32.98%', '-32.94%', 'disagrees', 'likely slip in the text'],
    ]);
  });
});

describe('a model name linked to its config', () => {
  it('stays the key rows are matched on (each row meets its own baseline), its links listed', () => {
    const audit = auditMarkdown(fs.readFileSync(path.join(kinds, 'extra-linked-model-names.md'), 'utf8'));
    expect(audit.findings.map((f) => [f.line, f.row, f.published, f.computed, f.verdict])).toEqual([
      [8, 'YOLOv3-MV1 · int8', '-0.2', '-0.2', 'agrees'],
      // against its own baseline, 36.2, not the first one of the table
      [10, 'YOLOv3-R34 · int8', '-0.5', '-0.5', 'agrees'],
    ]);
    expect(audit.links.map((l) => [l.line, l.column, l.problem])).toEqual([
      [7, 'Model', 'relative link'],
      [8, 'Model', 'relative link'],
      [9, 'Model', 'relative link'],
      [10, 'Model', 'relative link'],
    ]);
  });
});

describe('the audit on the upstream document', () => {
  const upstream = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/upstream/MODEL_ZOO.md'), 'utf8');
  const audit = auditMarkdown(upstream);

  it('finds its 8 disagreeing deltas and the 32.98% slip in its text, and nothing else', () => {
    expect(
      audit.findings
        .filter((f) => f.verdict === 'disagrees')
        .map((f) => [f.line, f.row, f.column, f.published, f.computed]),
    ).toEqual([
      // 31.30 against 94.60 is −66.913…%
      [57, 'MobileNetV1 · r578 · 608', '模型体积(MB)', '-66.90%', '-66.91%'],
      [58, 'MobileNetV1 · r578 · 416', '模型体积(MB)', '-66.90%', '-66.91%'],
      [59, 'MobileNetV1 · r578 · 320', '模型体积(MB)', '-66.90%', '-66.91%'],
      [63, 'ResNet50-vd-dcn · r578 · 608', 'GFLOPs', '32.98%', '-32.94%'],
      [95, 'MobileNetV1 · r578 · 608', '模型体积(MB)', '-66.90%', '-66.91%'],
      [96, 'MobileNetV1 · r578 · 416', '模型体积(MB)', '-66.90%', '-66.91%'],
      [97, 'MobileNetV1 · r578 · 320', '模型体积(MB)', '-66.90%', '-66.91%'],
      [112, 'MobileNetV1 · r578 · 320', 'Box AP', '+2.0', '+1.0'],
      [216, 'BlazeFace · post · 640', 'Medium Set', '-3.9', '-4.1'],
    ]);
    // The same tally as the site's own checks on its transcription in data/, reached independently:
    // there from JSON and the verification rules, here from the markdown.
    const loaded = loadZoo();
    if (!loaded.ok) throw new Error('data/ must be valid');
    const deltas = verify(loaded.zoo).filter((r) => r.kind === 'delta');
    const tally = (outcome: string) => deltas.filter((r) => r.outcome === outcome).length;
    expect(summarize(audit)).toEqual({
      tables: loaded.zoo.tables.length,
      checked: deltas.length,
      agrees: tally('agrees'),
      rounding: tally('rounding'),
      disagrees: tally('disagrees'),
      notChecked: 0,
      textSlips: 1,
      links: { 'empty link': 0, 'non-https link': 0, 'relative link': 0 },
    });
  });
});

/** Cases a review of the audit found, each a small table written for it. */
describe('the audit on what a review tried', () => {
  const table = (header: string, ...rows: string[]) =>
    [
      '## T',
      '',
      header,
      `|${header
        .split('|')
        .slice(1, -1)
        .map(() => ' - ')
        .join('|')}|`,
      ...rows,
    ].join('\n');
  const audit = (md: string) =>
    auditMarkdown(md).findings.map((f) => [f.row, f.published, f.computed, f.verdict, f.reason]);

  it('reads "(−)" and "(—)" as no delta, and leaves "39.7/35.9(+0.5)" unread: whose delta would it be?', () => {
    expect(parseCell('37.5(−)')).toEqual({
      kind: 'figures',
      figures: [{ value: '37.5', percent: false, delta: { text: '−', none: true, signed: false } }],
    });
    expect(parseCell('37.5(—)').kind).toBe('figures');
    expect(parseCell('−')).toEqual({ kind: 'empty' });
    expect(parseCell('39.7/35.9(+0.5)')).toEqual({ kind: 'text' });
  });

  it('lists a figure cell it cannot read as not checked, with the reason', () => {
    expect(audit(table('| Model | Strategy | mAP |', '| A | baseline | 30.0 |', '| A | int8 | 29.7(-0.3)* |'))).toEqual(
      [['A · int8', '29.7(-0.3)*', null, 'not-checked', 'unreadable cell']],
    );
  });

  it('checks figures that link to their logs, and takes "Model Size" without a unit for a figure, not a key', () => {
    expect(
      audit(
        table(
          '| Model | Method | Model Size | Top-1 |',
          '| A | baseline | 31.30 | [76.1](https://example.com/a.log) |',
          '| A | prune | 20.00 | [75.8(-0.3)](https://example.com/b.log) |',
        ),
      ),
    ).toEqual([['A · prune', '-0.3', '-0.3', 'agrees', null]]);
  });

  it('leaves the footnote number inside <sup>1</sup> out of the cell: "student" is still the baseline', () => {
    expect(
      audit(table('| Model | Method | mAP |', '| A | student<sup>1</sup> | 30.0 |', '| A | kd | 31.0(+1.0) |')),
    ).toEqual([['A · kd', '+1.0', '+1.0', 'agrees', null]]);
  });

  it('takes a quote rounded to fewer decimals for no slip, and a zero drop for an exact one', () => {
    const md = `${table('| Model | Strategy | GFLOPs |', '| A | baseline | 44.71 |', '| A | r578 | 29.98(-32.94%) |')}\n\nIt needs 33% fewer FLOPs.\n`;
    expect(audit(md)).toEqual([['A · r578', '-32.94%', '-32.95%', 'rounding', null]]);
    expect(
      audit(table('| Model | Method | Top-1 (drop) |', '| A | baseline | 76.1 |', '| A | quant | 76.1 (0.0) |')),
    ).toEqual([['A · quant', '0.0', '0.0', 'agrees', null]]);
  });
});
