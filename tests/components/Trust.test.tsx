/** @vitest-environment jsdom */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BenchmarkTable from '../../src/components/BenchmarkTable';
import ErrataList from '../../src/components/ErrataList';
import type { Explained } from '../../src/data/records';
import { liveRegion, renderZoo, TEST_PAGE, testProofs } from '../doubles/renderZoo';
import { docusaurus } from '../doubles/state';

beforeEach(() => docusaurus.reset());
afterEach(cleanup);

/** A cell's delta button, and the live region its explanation is written into (the page's). */
function deltaOf(row: string, cellIndex: number): { trigger: HTMLButtonElement; live: HTMLElement } {
  const tr = document.getElementById(row);
  if (!tr) throw new Error(`no row ${row}`);
  const cell = within(tr).getAllByRole('cell')[cellIndex];
  const trigger = cell?.querySelector('button');
  if (!cell || !trigger) throw new Error(`no delta to open in ${row} cell ${cellIndex}`);
  return { trigger, live: liveRegion() };
}

/**
 * Opens a cell's explanation as a tap does, and returns it once its proof has arrived: written
 * into a live region, so it is announced.
 */
async function tipOf(row: string, cellIndex: number): Promise<HTMLElement> {
  const { trigger, live } = deltaOf(row, cellIndex);
  // Nothing is rendered before the reader opens it: its explanation is one not in the page before.
  const before = new Set([...live.querySelectorAll('[data-tip]')].map((t) => t.getAttribute('data-tip')));
  expect(trigger.getAttribute('aria-expanded')).toBe('false');
  act(() => {
    fireEvent.click(trigger);
  });
  expect(trigger.getAttribute('aria-expanded')).toBe('true');
  return waitFor(() => {
    const tip = [...live.querySelectorAll<HTMLElement>(`[data-tip^="${row}."]`)].find(
      (t) => !before.has(t.getAttribute('data-tip')),
    );
    if (!tip) throw new Error(`no explanation for ${row} cell ${cellIndex}`);
    return tip;
  });
}

const lines = (tip: HTMLElement) => (tip.textContent ?? '').split('\n');

describe('how a delta was computed', () => {
  it('names the baseline row, the formula, the interval and the verdict', async () => {
    renderZoo(<BenchmarkTable id="prune-coco" />);
    // sensity 608, GFLOPs: (37.53 − 44.71) / 44.71 = −16.0590 %, rounding allows −16.0796 … −16.0385
    expect(lines(await tipOf('prune-coco-resnet50-vd-dcn-sensity-608', 1))).toEqual([
      'Against the baseline ResNet50-vd-dcn · baseline · 608.',
      '(37.53 − 44.71) / 44.71 × 100 % = -16.06%',
      'Rounding of the printed figures allows -16.0796% … -16.0385%; published values from -16.08% to -16.04% agree.',
      'Agrees with the printed figures.',
    ]);
  });

  it('names the one published value that agrees, where rounding leaves only one', async () => {
    renderZoo(<BenchmarkTable id="prune-latency" />);
    // VOC r578 at 320 px on a Snapdragon 855: (31.470 − 80.515) / 80.515 = −60.914 %, and −60.91 % alone rounds from it
    expect(lines(await tipOf('prune-latency-voc-mobilenetv1-r578-320', 8))[2]).toMatch(
      /; only the published value -60\.91% agrees\.$/,
    );
  });

  it('names the baseline with its dataset in a table that mixes datasets, and never by its id', async () => {
    renderZoo(<BenchmarkTable id="prune-latency" />);
    // the VOC r578 row at 608 px, GFLOPs: the table holds COCO rows too, so the name says which
    expect(lines(await tipOf('prune-latency-voc-mobilenetv1-r578-608', 2))[0]).toBe(
      'Against the baseline MobileNetV1 · Pascal VOC · baseline · 608.',
    );
  });

  it('says when a delta agrees only through rounding', async () => {
    renderZoo(<BenchmarkTable id="quant-coco" />);
    expect(lines(await tipOf('quant-coco-resnet34-aware-608', 3)).at(-1)).toBe(
      'Agrees only through rounding: the printed figures give -1.0.',
    );
  });

  it('has no explanation where upstream gives no baseline', () => {
    renderZoo(<BenchmarkTable id="quant-coco" />);
    const tr = document.getElementById('quant-coco-r50vd-dcn-aware-416');
    // no delta button anywhere in the row (explanations are written into the page's one live region)
    expect(tr?.querySelector('td button, td [role="status"]')).toBeNull();
  });
});

describe('the proof is fetched when a reader first opens an explanation', () => {
  const sensity = 'prune-coco-resnet50-vd-dcn-sensity-608';

  it('is not fetched for a table nobody opens, and once for all of a page’s explanations', async () => {
    const asked: string[] = [];
    const proofs = testProofs();
    renderZoo(<BenchmarkTable id="prune-coco" />, async (name) => {
      asked.push(name);
      return proofs;
    });
    expect(asked).toEqual([]);
    await tipOf(sensity, 1);
    await tipOf(sensity, 2);
    // the page's data names its proofs file; the second explanation reads what the first fetched
    expect(asked).toEqual([TEST_PAGE]);
  });

  it('says it is fetching while the proof is on its way', async () => {
    let arrive: (records: Explained[]) => void = () => {};
    renderZoo(
      <BenchmarkTable id="prune-coco" />,
      () =>
        new Promise((resolve) => {
          arrive = resolve;
        }),
    );
    const { trigger, live } = deltaOf(sensity, 1);
    act(() => {
      fireEvent.click(trigger);
    });
    expect(live.textContent).toBe('Fetching how this figure was checked…');
    expect(live.firstElementChild?.getAttribute('aria-busy')).toBe('true');
    expect(live.querySelector('[data-tip]')).toBeNull();
    await act(async () => arrive(testProofs()));
    expect(live.querySelector('[data-tip]')?.textContent).toContain('(37.53 − 44.71) / 44.71 × 100 % = -16.06%');
  });

  it('says so when the fetch fails, and tries again when the reader opens it again', async () => {
    let fails = true;
    renderZoo(<BenchmarkTable id="prune-coco" />, async () => {
      if (fails) throw new Error('offline');
      return testProofs();
    });
    const { trigger, live } = deltaOf(sensity, 1);
    act(() => {
      fireEvent.click(trigger);
    });
    await waitFor(() => expect(live.textContent).toContain('Could not fetch how this figure was checked.'));
    fails = false;
    act(() => {
      fireEvent.click(trigger);
    });
    expect(live.textContent).toBe('');
    act(() => {
      fireEvent.click(trigger);
    });
    await waitFor(() => expect(live.querySelector('[data-tip]')?.textContent).toContain('= -16.06%'));
  });
});

describe('errata on the table', () => {
  it('keeps the published value, marks it, and footnotes what the figures give', async () => {
    // An erratum's record comes with the page: its explanation opens without fetching anything.
    renderZoo(<BenchmarkTable id="distill-prune-voc" />, async () => {
      throw new Error('an erratum’s explanation fetched the page’s proofs');
    });
    const tr = document.getElementById('distill-prune-voc-mobilenetv1-r578-320');
    const cell = tr && within(tr).getAllByRole('cell')[5];
    expect(cell?.getAttribute('data-outcome')).toBe('disagrees');
    // the published value, as the cell's own text, before its delta
    expect(cell?.firstChild?.nodeType === Node.TEXT_NODE && cell.firstChild.textContent).toBe('76.3');
    const mark = cell && within(cell).getByRole('link', { name: /erratum/ });
    expect(mark?.getAttribute('href')).toBe('/errata#erratum-distill-prune-voc-mobilenetv1-r578-320-box-ap');
    expect(mark?.getAttribute('title')).toBe('Erratum: the figures give +1.0. See the errata page.');
    expect(lines(await tipOf('distill-prune-voc-mobilenetv1-r578-320', 5)).at(-1)).toBe(
      'Erratum: the printed figures give +1.0, not +2.0.',
    );
    const notes = screen.getByRole('list', { name: 'Errata in this table' });
    const note = within(notes).getByRole('listitem');
    expect(note.id).toBe('fn-distill-prune-voc-mobilenetv1-r578-320-box-ap');
    expect(note.textContent).toContain(
      'MobileNetV1 · r578 · 320, Box AP: upstream prints +2.0; its figures give +1.0.',
    );
    expect(within(note).getByRole('link', { name: 'All errata' }).getAttribute('href')).toBe(
      '/errata#erratum-distill-prune-voc-mobilenetv1-r578-320-box-ap',
    );
  });

  it('shows no errata list under a table without errata', () => {
    renderZoo(<BenchmarkTable id="distill-coco" />);
    expect(screen.queryByRole('list', { name: 'Errata in this table' })).toBeNull();
  });
});

describe('<ErrataList>', () => {
  it('lists every erratum with a link to its row', () => {
    const { container } = renderZoo(<ErrataList />);
    const items = [...container.querySelectorAll('li[id^="erratum-"]')];
    // in the order of the upstream document, each register entry once
    expect(items.map((i) => i.id).sort()).toEqual(docusaurus.zoo.errata.map((e) => `erratum-${e.id}`).sort());
    expect(items[3]?.id).toBe('erratum-prune-coco-r578-608-claim-0');
    expect(items).toHaveLength(9);
    const widerface = items.find((i) => i.id === 'erratum-quant-widerface-blazeface-post-640-ap-medium');
    expect(widerface?.querySelector('a')?.getAttribute('href')).toBe(
      '/quantization#quant-widerface-blazeface-post-640',
    );
    expect(widerface?.textContent).toContain('Upstream prints-3.9');
    expect(widerface?.textContent).toContain('The printed figures give-4.1 (85.1 − 89.2)');
  });

  it('lists the misquoted summary figure with the delta the figures give and their formula', () => {
    const { container } = renderZoo(<ErrataList />);
    const claim = container.querySelector('#erratum-prune-coco-r578-608-claim-0');
    expect(claim?.textContent).toContain('(quoted in the summary under the table)');
    expect(claim?.textContent).toContain('Upstream prints32.98%');
    expect(claim?.textContent).toContain('The printed figures give-32.95% ((29.98 − 44.71) / 44.71 × 100 %)');
  });
});

describe('text from data is text', () => {
  it('shows markup in a table title literally', () => {
    const table = docusaurus.zoo.tables.find((t) => t.id === 'prune-voc');
    if (table) table.title.en = '<script>alert(1)</script><b>bold</b>';
    const { container } = renderZoo(<BenchmarkTable id="prune-voc" />);
    expect(container.querySelector('script, b')).toBeNull();
    expect(container.querySelector('caption')?.textContent).toContain('<script>alert(1)</script><b>bold</b>');
  });
});
