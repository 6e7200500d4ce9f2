/** @vitest-environment jsdom */
import { act, cleanup, fireEvent, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BenchmarkTable from '../../src/components/BenchmarkTable';
import { liveRegion, renderZoo } from '../doubles/renderZoo';
import { docusaurus } from '../doubles/state';

beforeEach(() => docusaurus.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function clipboard() {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void written.push(text) },
  });
  return written;
}

describe('permalinks on a table', () => {
  it('gives every row and the table a link to itself, named for screen readers', () => {
    renderZoo(<BenchmarkTable id="distill-voc" />);
    const row = document.getElementById('distill-voc-mobilenetv1-l2-distiil-416');
    const link = row && within(row).getByRole('link', { name: 'Copy link to the row MobileNetV1 · l2_distiil · 416' });
    expect(link?.getAttribute('href')).toBe('#distill-voc-mobilenetv1-l2-distiil-416');
    const caption = document.querySelector('caption');
    expect(caption && within(caption).getByRole('link', { name: 'Copy link to this table' }).getAttribute('href')).toBe(
      '#distill-voc',
    );
  });

  it('copies the absolute URL of the row, locale included, and says so', async () => {
    const written = clipboard();
    docusaurus.locale = 'zh-Hans';
    renderZoo(<BenchmarkTable id="prune-coco" />);
    const row = document.getElementById('prune-coco-mobilenetv1-r578-608');
    if (!row) throw new Error('no row');
    const link = within(row).getAllByRole('link')[0] as HTMLElement;
    await act(async () => {
      fireEvent.click(link);
    });
    expect(written).toEqual([`${window.location.origin}/zh-Hans/pruning#prune-coco-mobilenetv1-r578-608`]);
    // said in the page's live region, so a screen reader announces it
    expect(liveRegion().textContent).toBe('Link copied');
  });

  it('keeps a renamed row reachable by its old id where the move is recorded', () => {
    docusaurus.zoo.permalinks.moved['/pruning#prune-coco-r578-mobilenet-608'] =
      '/pruning#prune-coco-mobilenetv1-r578-608';
    renderZoo(<BenchmarkTable id="prune-coco" />);
    const alias = document.getElementById('prune-coco-r578-mobilenet-608');
    expect(alias?.closest('tr')?.id).toBe('prune-coco-mobilenetv1-r578-608');
    expect(alias?.getAttribute('data-alias-for')).toBe('prune-coco-mobilenetv1-r578-608');
    expect(docusaurus.anchors.has('prune-coco-r578-mobilenet-608')).toBe(true);
  });
});
