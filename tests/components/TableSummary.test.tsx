/** @vitest-environment jsdom */
import { act, cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import TableSummary from '../../src/components/TableSummary';
import { liveRegion, renderZoo } from '../doubles/renderZoo';
import { docusaurus } from '../doubles/state';

beforeEach(() => docusaurus.reset());

/** What a point says in the page (explanations are written in only when opened). */
function said(item: Element | undefined): string | undefined {
  return item ? (item.textContent ?? '') : undefined;
}
afterEach(cleanup);

describe('<TableSummary>', () => {
  it('renders each point with its figures taken from the table cells, linked to their rows', () => {
    const { container } = renderZoo(<TableSummary id="prune-latency" />);
    const first = container.querySelectorAll('li')[0];
    expect(said(first)).toBe(
      'With r578, YOLOv3-MobileNetV1 needs 69.57% fewer FLOPs; at input size 608 its latency falls by 39.21% on one Tesla P4 with TensorRT, and by 57.97%, 55.98% and 57.43% on Kirin 970, Snapdragon 835 and Snapdragon 855.',
    );
    const links = [...(first?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(new Set(links)).toEqual(new Set(['#prune-latency-voc-mobilenetv1-r578-608']));
  });

  it('prints what the data says, not what the prose was typed with', () => {
    // upstream's bullet says 32.98%; the cell it quotes says -32.94%
    const { container } = renderZoo(<TableSummary id="prune-coco" />);
    expect(said(container.querySelectorAll('li')[2])).toContain('removes 32.94% (upstream text: 32.98%†) of the FLOPs');
    const note = container.querySelector('a[href="/errata#erratum-prune-coco-r578-608-claim-0"]');
    expect(note?.textContent).toBe('(upstream text: 32.98%†)');
    cleanup();
    const table = docusaurus.zoo.tables.find((t) => t.id === 'prune-coco');
    const cell = table?.rows.find((r) => r.id === 'prune-coco-resnet50-vd-dcn-r578-608')?.cells.gflops;
    if (cell) cell.delta = '-40.00%';
    const again = renderZoo(<TableSummary id="prune-coco" />);
    expect(said(again.container.querySelectorAll('li')[2])).toContain('removes 40.00%');
  });

  it('shows markup in the data as text, never as HTML', () => {
    const table = docusaurus.zoo.tables.find((t) => t.id === 'distill-voc');
    const point = table?.summary[1];
    if (point) point.text.en = '<img src=x onerror=alert(1)> gains {0} at {1}';
    const { container } = renderZoo(<TableSummary id="distill-voc" />);
    expect(container.querySelector('img')).toBeNull();
    expect(said(container.querySelectorAll('li')[1])).toBe('<img src=x onerror=alert(1)> gains 2.8 at 608');
  });

  it('writes the Chinese prose in the Chinese locale', () => {
    docusaurus.locale = 'zh-Hans';
    const { container } = renderZoo(<TableSummary id="quant-widerface" />);
    expect(said(container.querySelectorAll('li')[1])).toBe(
      'BlazeFace 经在线量化（aware）后，在 Easy/Medium/Hard 子集上的精度分别下降 1.0、1.3 和 2.1。',
    );
  });
});

describe('a quoted delta explains itself', () => {
  it('is described by how it was computed, and the multi-scale point quotes its input sizes from the data', async () => {
    const { container } = renderZoo(<TableSummary id="distill-voc" />);
    const quote = container.querySelector('li:nth-child(2) a[href^="#"]');
    const live = liveRegion();
    expect(live?.textContent).toBe('');
    expect(quote).not.toBeNull();
    act(() => {
      if (quote) fireEvent.mouseEnter(quote);
    });
    // written into the page's live region, so a screen reader announces it (once its proof arrives)
    await waitFor(() => expect(live?.textContent).toContain('79.0 − 76.2 = +2.8'));
    expect(container.querySelector('li')?.textContent).toContain('of the same weights at 608, 416 and 320.');
  });
});
