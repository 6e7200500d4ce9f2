/** @vitest-environment jsdom */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BenchmarkTable from '../../src/components/BenchmarkTable';
import { renderZoo } from '../doubles/renderZoo';
import { docusaurus } from '../doubles/state';

beforeEach(() => docusaurus.reset());
afterEach(cleanup);

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

/** A column header's name: its sort button's text (the sort marks are drawn by CSS). */
function headerName(th: Element): string {
  return th.querySelector('button')?.textContent ?? th.textContent ?? '';
}

/**
 * What a cell shows and says: its text, each named glyph or link followed by its name (an
 * explanation is written into the cell only when opened).
 */
function shown(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  const copy = cell.cloneNode(true) as Element;
  for (const named of copy.querySelectorAll('[role="img"][aria-label], a[aria-label]'))
    named.append(named.getAttribute('aria-label') ?? '');
  return copy.textContent ?? '';
}

describe('<BenchmarkTable>', () => {
  it('renders a captioned table with scoped, unit-bearing headers', () => {
    renderZoo(<BenchmarkTable id="prune-coco" />);
    const table = screen.getByRole('table', { name: /Pruned YOLOv3 on COCO/ });
    expect(table.id).toBe('prune-coco');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => [headerName(th), th.getAttribute('scope')]);
    expect(headers).toEqual([
      ['Backbone', 'col'],
      ['Pruning strategy', 'col'],
      ['GFLOPs', 'col'],
      ['Model size (MB)', 'col'],
      ['Input size (px)', 'col'],
      ['Box AP (%)', 'col'],
      ['Download', 'col'],
    ]);
    expect(within(table).getAllByRole('rowheader')[0]?.getAttribute('scope')).toBe('row');
  });

  it("keeps the caption's parts apart in its plain text, as search's index reads it", () => {
    renderZoo(<BenchmarkTable id="prune-coco" />);
    const caption = screen.getByRole('table', { name: 'Pruned YOLOv3 on COCO' }).querySelector('caption');
    const text = caption?.textContent ?? '';
    // shown as blocks, run together as text: "on COCOCOCO 2017", "published.sensity", "ratiosr578"
    expect(text).toContain('on COCO COCO 2017');
    expect(text).toContain('not published. Tab stops');
    expect(text).toContain('in a row. sensity sensitivity-based ratios r578 ratios');
  });

  it('names the table by its title, each header by its own text and each Δ button by its column', () => {
    renderZoo(<BenchmarkTable id="prune-coco" />);
    // the title alone (an exact name); the legend, keys and strategies describe it
    const table = screen.getByRole('table', { name: 'Pruned YOLOv3 on COCO', description: /^COCO 2017.*▲ better/ });
    const headers = [
      'Backbone',
      'Pruning strategy',
      'GFLOPs',
      'Model size (MB)',
      'Input size (px)',
      'Box AP (%)',
      'Download',
    ];
    expect(within(table).getAllByRole('columnheader')).toHaveLength(headers.length);
    for (const name of headers) within(table).getByRole('columnheader', { name });
    for (const column of ['GFLOPs', 'Model size (MB)', 'Box AP (%)'])
      within(table).getByRole('button', { name: `Sort ${column} by change from baseline` });
    // every column sorts but the downloads, whose header is plain text
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.querySelector('button')?.textContent),
    ).toEqual([...headers.slice(0, -1), undefined]);
    // a row's header is the model as printed, without its copy link's name
    const rows = within(table).getAllByRole('rowheader');
    const named = [
      ...within(table).getAllByRole('rowheader', { name: 'ResNet50-vd-dcn' }),
      ...within(table).getAllByRole('rowheader', { name: 'MobileNetV1' }),
    ];
    expect(named).toHaveLength(rows.length);
  });

  it('shows every row with its id, figures as published and a short download link that names its file', () => {
    renderZoo(<BenchmarkTable id="prune-coco" />);
    const rows = rowsOf(screen.getByRole('table'));
    expect(rows).toHaveLength(12);
    const r578 = rows.find((r) => r.id === 'prune-coco-mobilenetv1-r578-608');
    if (!r578) throw new Error('row prune-coco-mobilenetv1-r578-608 is missing');
    const cells = within(r578).getAllByRole('cell');
    expect(shown(cells[1])).toBe('6.27(-69.64%)▲better than baseline');
    // upstream's -66.90% is an erratum: kept as published, marked, footnoted
    expect(shown(cells[2])).toBe('31.30(-66.90%)▲better than baseline†erratum, on the errata page');
    expect(shown(cells[3])).toBe('608');
    expect(shown(cells[4])).toBe('27.8(-1.5)▼worse than baseline');
    // The link reads "Download"; its name for screen readers and its tooltip carry the file name.
    const link = within(r578).getByRole('link', { name: 'Download yolov3_mobilenet_v1_prune578.tar' });
    expect(link.getAttribute('title')).toBe('yolov3_mobilenet_v1_prune578.tar');
    expect(link.getAttribute('href')).toBe(
      'https://paddlemodels.bj.bcebos.com/PaddleSlim/prune/yolov3_mobilenet_v1_prune578.tar',
    );
    // trailing zeros survive: 94.60 is not 94.6
    const base = rows.find((r) => r.id === 'prune-coco-mobilenetv1-baseline-608');
    expect(base && shown(within(base).getAllByRole('cell')[2])).toBe('94.60');
  });

  it('prints beside each link what the last download check found there: day and size, or dead and why', () => {
    const ok = 'https://paddlemodels.bj.bcebos.com/PaddleSlim/prune/yolov3_mobilenet_v1_prune578.tar';
    const rows = docusaurus.zoo.tables.find((t) => t.id === 'prune-coco')?.rows ?? [];
    const dead = rows.map((r) => r.download).find((u) => u && u !== ok) as string;
    const unchecked = rows.filter((r) => r.download && r.download !== ok && r.download !== dead);
    const check = { finalUrl: null, contentType: 'application/x-tar', checkedAt: '2026-11-20T08:30:00.000Z' };
    docusaurus.zoo.downloadChecks = {
      results: {
        [ok]: { ...check, ok: true, status: 206, size: 98_765_432, archive: 'tar', problem: null },
        [dead]: { ...check, ok: false, status: 404, size: null, archive: null, problem: 'HTTP 404' },
      },
    };
    renderZoo(<BenchmarkTable id="prune-coco" />);
    const cellOf = (url: string) =>
      screen
        .getAllByRole('link', { name: /\.tar$/ })
        .find((a) => a.getAttribute('href') === url)
        ?.closest('td');
    // The link shows "Download" (its name carries the file); the check follows it.
    expect(cellOf(ok)?.textContent).toBe('Downloadchecked 2026-11-20 · 94.2 MiB');
    expect(cellOf(dead)?.textContent).toBe('Downloaddead link on 2026-11-20: HTTP 404');
    // A link not checked yet shows only the link.
    expect(unchecked.length).toBeGreaterThan(0);
    for (const row of unchecked) expect(cellOf(row.download as string)?.textContent).toBe('Download');
  });

  it('keeps "+0.0" and "(-)" exactly, calling the first no change and the second no delta', () => {
    renderZoo(<BenchmarkTable id="distill-coco" />);
    const row = document.getElementById('distill-coco-mobilenetv1-split-distiil-320');
    expect(row && shown(within(row).getAllByRole('cell').at(-2))).toBe('27.1(+0.0)=same as baseline');
    cleanup();
    renderZoo(<BenchmarkTable id="quant-coco" />);
    const noDelta = document.getElementById('quant-coco-r50vd-dcn-aware-416');
    expect(noDelta && shown(within(noDelta).getAllByRole('cell').at(-2))).toBe('37.5(-)no delta published');
  });

  it('shows an empty cell as a dash that screen readers hear as "not published"', () => {
    renderZoo(<BenchmarkTable id="prune-latency" />);
    const row = document.getElementById('prune-latency-coco-resnet50-vd-dcn-r578-608');
    if (!row) throw new Error('row missing');
    const cells = within(row).getAllByRole('cell');
    expect(cells.slice(-4).map(shown)).toEqual([
      '29.138(-19.35%)▲better than baseline',
      '–not published',
      '–not published',
      '–not published',
    ]);
  });

  it('names the teacher with its quoted AP and links it to its own row where the zoo has one', () => {
    renderZoo(<BenchmarkTable id="distill-prune-coco" />);
    const r34 = document.getElementById('distill-prune-coco-mobilenetv1-r578-416');
    const teacher = r34 && within(r34).getByRole('link', { name: 'YOLOv3-ResNet34(34.3)' });
    expect(teacher?.getAttribute('href')).toBe('/quantization#quant-coco-resnet34-baseline-416');
    cleanup();
    renderZoo(<BenchmarkTable id="distill-prune-voc" />);
    const voc = document.getElementById('distill-prune-voc-mobilenetv1-r578-608');
    expect(voc && within(voc).getAllByRole('cell')[4]?.textContent).toBe('YOLOv3-ResNet34(82.6)');
    expect(
      voc &&
        within(voc)
          .getAllByRole('link')
          // each link's name: the copy link's is its title (it has no text), the download's its aria-label
          .map((a) => a.getAttribute('aria-label') ?? a.getAttribute('title')),
    ).toEqual([
      'Copy link to the row MobileNetV1 · r578 · 608',
      'Download yolov3_mobilenet_v1_voc_prune578_distillby_r34.tar',
    ]);
  });

  it('registers the table and every row id with the broken-anchor checker', () => {
    renderZoo(<BenchmarkTable id="quant-widerface" />);
    const ids = [...document.querySelectorAll('table[id], tr[id]')].map((e) => e.id);
    expect(ids).toContain('quant-widerface');
    expect(ids).toHaveLength(10);
    for (const id of ids) expect(docusaurus.anchors.has(id), id).toBe(true);
    expect(rowsOf(screen.getByRole('table'))).toHaveLength(9);
  });

  it('speaks Chinese in the Chinese locale, from the labels in data', () => {
    docusaurus.locale = 'zh-Hans';
    renderZoo(<BenchmarkTable id="prune-latency" />);
    const table = screen.getByRole('table', { name: /通道剪裁 YOLOv3 的推理时延/ });
    expect(within(table).getAllByRole('columnheader').map(headerName)).toEqual([
      '骨架网络',
      '数据集',
      '剪裁策略',
      'GFLOPs',
      '模型体积 (MB)',
      '输入尺寸 (像素)',
      'Tesla P4 (ms)',
      '麒麟970 (ms)',
      '高通835 (ms)',
      '高通855 (ms)',
    ]);
  });

  it('fails loudly for a table id that does not exist', () => {
    expect(() => renderZoo(<BenchmarkTable id="prune-cocoa" />)).toThrow('no table data/tables/prune-cocoa.json');
  });
});
