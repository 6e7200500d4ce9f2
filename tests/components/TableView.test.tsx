/** @vitest-environment jsdom */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BenchmarkTable from '../../src/components/BenchmarkTable';
import { renderZoo } from '../doubles/renderZoo';
import { memoryRouter } from '../doubles/router';
import { docusaurus } from '../doubles/state';

beforeEach(() => {
  docusaurus.reset();
  memoryRouter.reset();
  window.history.replaceState(null, '', '/pruning');
});

/** A page opened at a shared link: the router and the address bar agree. */
function openAt(search: string, hash = '') {
  memoryRouter.set({ search, hash });
  window.history.replaceState(null, '', `/pruning${search}${hash}`);
}
afterEach(cleanup);

/** The rows a reader sees: a filter keeps the others in the page, hidden. */
const rowIds = () => [...document.querySelectorAll('tbody tr:not([hidden])')].map((tr) => tr.id);

/** prune-voc's Box AP header, and a click on its sort button. */
function boxApHeader(): { header: HTMLElement; sort: () => void } {
  const header = screen.getAllByRole('columnheader')[5] as HTMLElement;
  const sort = () =>
    act(() => {
      fireEvent.click(within(header).getAllByRole('button')[0] as HTMLElement);
    });
  return { header, sort };
}

describe('sorting and filtering a table', () => {
  it('sorts by a column, says so with aria-sort, and writes the view into the URL (past the router)', () => {
    renderZoo(<BenchmarkTable id="prune-voc" />);
    const { header, sort } = boxApHeader();
    sort();
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(window.location.search).toBe('?prune-voc.sort=box-ap&prune-voc.dir=asc');
    // written past the router, which would re-render the whole page for it
    expect(memoryRouter.get().search).toBe('');
    // 75.3 75.5 76.1 76.2 76.7 77.6 77.7 78.4 78.7
    expect(rowIds()[0]).toBe('prune-voc-mobilenetv1-baseline-320');
    expect(rowIds().at(-1)).toBe('prune-voc-mobilenetv1-sensity-416');
    sort();
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(rowIds()[0]).toBe('prune-voc-mobilenetv1-sensity-416');
  });

  it('starts again from the URL on a navigation, even to the same query the router last saw', () => {
    renderZoo(<BenchmarkTable id="prune-voc" />);
    const { header, sort } = boxApHeader();
    sort();
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    // the reader follows a link to /pruning itself: same (empty) query for the router, a new navigation
    act(() => {
      window.history.replaceState(null, '', '/pruning');
      memoryRouter.set({ search: '' });
    });
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(rowIds()[0]).toBe('prune-voc-mobilenetv1-baseline-608');
  });

  it("sorted by a column's Δ, says the column is sorted, in no order of its own figures (aria-sort other)", () => {
    renderZoo(<BenchmarkTable id="prune-voc" />);
    const { header } = boxApHeader();
    const byDelta = within(header).getByRole('button', { name: 'Sort Box AP (%) by change from baseline' });
    act(() => {
      fireEvent.click(byDelta);
    });
    expect(new URLSearchParams(window.location.search).get('prune-voc.sort')).toBe('box-ap.delta');
    expect(header.getAttribute('aria-sort')).toBe('other');
    // the premise: in the delta's order, the column's own figures do not ascend
    const boxAp = rowIds().map((id) =>
      Number(document.querySelector(`#${id} td[data-label="Box AP (%)"]`)?.firstChild?.textContent),
    );
    expect(boxAp).not.toEqual([...boxAp].sort((a, b) => a - b));
    // aria-sort has no direction for it: the Δ button's name says which way, and changes with it
    expect(byDelta.getAttribute('aria-label')).toBe('Sort Box AP (%) by change from baseline; sorted by it, ascending');
    act(() => {
      fireEvent.click(byDelta);
    });
    expect(byDelta.getAttribute('aria-label')).toBe(
      'Sort Box AP (%) by change from baseline; sorted by it, descending',
    );
    expect(header.getAttribute('aria-sort')).toBe('other');
    // back to the figures themselves: a direction again, said by aria-sort, and the Δ button's plain name
    act(() => {
      fireEvent.click(within(header).getAllByRole('button')[0] as HTMLElement);
    });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(byDelta.getAttribute('aria-label')).toBe('Sort Box AP (%) by change from baseline');
  });

  it('keeps both of two changes made before it has re-rendered (a fast hand, or clicks replayed at start)', () => {
    renderZoo(<BenchmarkTable id="prune-voc" />);
    const header = screen.getAllByRole('columnheader')[5] as HTMLElement; // Box AP
    act(() => {
      fireEvent.change(document.getElementById('prune-voc-filter-strategy') as HTMLElement, {
        target: { value: 'r578' },
      });
      fireEvent.click(within(header).getAllByRole('button')[0] as HTMLElement);
    });
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({
      'prune-voc.strategy': 'r578',
      'prune-voc.sort': 'box-ap',
      'prune-voc.dir': 'asc',
    });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
  });

  it('reads a shared view from the URL', () => {
    openAt('?prune-voc.strategy=r578&prune-voc.sort=gflops&prune-voc.dir=desc');
    renderZoo(<BenchmarkTable id="prune-voc" />);
    expect(rowIds()).toEqual([
      'prune-voc-mobilenetv1-r578-608',
      'prune-voc-mobilenetv1-r578-416',
      'prune-voc-mobilenetv1-r578-320',
    ]);
    expect((screen.getByRole('combobox', { name: 'Pruning strategy' }) as HTMLSelectElement).value).toBe('r578');
    expect(screen.getAllByRole('status')[0]?.textContent).toContain('3 of 9 rows');
  });

  it('filters with the select boxes and resets', () => {
    renderZoo(<BenchmarkTable id="quant-coco" />);
    act(() => {
      fireEvent.change(screen.getByLabelText('Input size'), { target: { value: '416' } });
    });
    expect(rowIds()).toEqual([
      'quant-coco-mobilenetv1-baseline-416',
      'quant-coco-mobilenetv1-post-416',
      'quant-coco-mobilenetv1-aware-416',
      'quant-coco-resnet34-baseline-416',
      'quant-coco-resnet34-aware-416',
      'quant-coco-r50vd-dcn-aware-416',
    ]);
    expect(window.location.search).toBe('?quant-coco.inputSize=416');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    });
    expect(rowIds()).toHaveLength(20);
    expect(window.location.search).toBe('');
  });

  it('keeps the rows a filter hides in the page, hidden from everyone, and shows those same rows again on reset', () => {
    renderZoo(<BenchmarkTable id="quant-coco" />);
    const kept = document.getElementById('quant-coco-mobilenetv1-baseline-608');
    act(() => {
      fireEvent.change(screen.getByLabelText('Input size'), { target: { value: '416' } });
    });
    expect(kept?.hidden).toBe(true);
    // a screen reader's table: the header row and the six rows shown, no more
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByText('6 of 20 rows')).toBeTruthy();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    });
    expect(document.getElementById('quant-coco-mobilenetv1-baseline-608')).toBe(kept);
    expect(kept?.hidden).toBe(false);
    expect(rowIds()[0]).toBe('quant-coco-mobilenetv1-baseline-608');
  });

  it('hides the rows a filter leaves out where they stand: a filter and its reset move no row', () => {
    renderZoo(<BenchmarkTable id="quant-coco" />);
    const body = document.querySelector('tbody') as HTMLElement;
    const before = [...body.children];
    // The very same elements, in the same order (toEqual alone would accept look-alike copies).
    const sameRows = () => [...body.children].every((row, i) => row === before[i]) && body.children.length === 20;
    // Moved rows would lose their layout in the browser and be laid out anew: the cost of a click.
    const records: MutationRecord[] = [];
    const moves = new MutationObserver((found) => records.push(...found));
    moves.observe(body, { childList: true });
    act(() => {
      fireEvent.change(screen.getByLabelText('Input size'), { target: { value: '416' } });
    });
    expect(rowIds()).toHaveLength(6);
    expect([...body.children]).toEqual(before);
    expect(sameRows()).toBe(true);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    });
    expect(rowIds()).toHaveLength(20);
    expect([...body.children]).toEqual(before);
    expect(sameRows()).toBe(true);
    expect([...records, ...moves.takeRecords()]).toEqual([]);
    moves.disconnect();
  });

  it('keeps a sorted order for the rows a filter hides, so they come back in it', () => {
    openAt('?quant-coco.sort=box-ap&quant-coco.dir=desc');
    renderZoo(<BenchmarkTable id="quant-coco" />);
    const sorted = rowIds();
    act(() => {
      fireEvent.change(screen.getByLabelText('Input size'), { target: { value: '416' } });
    });
    // every row, hidden or not, keeps its place in the sorted order
    const all = [...document.querySelectorAll('tbody tr')].map((tr) => tr.id);
    expect(all).toEqual(sorted);
    expect(rowIds()).toEqual(sorted.filter((id) => id.endsWith('-416')));
    act(() => {
      fireEvent.change(screen.getByLabelText('Input size'), { target: { value: '' } });
    });
    expect(rowIds()).toEqual(sorted);
  });

  it('shows the row an anchor names even when a filter hides it, and says so', () => {
    openAt('?prune-voc.inputSize=608', '#prune-voc-mobilenetv1-r578-320');
    renderZoo(<BenchmarkTable id="prune-voc" />);
    expect(rowIds()).toContain('prune-voc-mobilenetv1-r578-320');
    expect(rowIds()).toHaveLength(4);
    expect(document.getElementById('prune-voc-mobilenetv1-r578-320')?.getAttribute('data-forced')).toBe('true');
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('(the linked row MobileNetV1 · r578 · 320 is shown although the filters hide it)');
  });
});

describe('what the first sort costs', () => {
  it('renders the table once: the view read from the URL as React starts leaves nothing for a second render', () => {
    const phases: string[] = [];
    renderZoo(
      <Profiler id="table" onRender={(_id, phase) => phases.push(phase)}>
        <BenchmarkTable id="prune-voc" />
      </Profiler>,
    );
    // React has started: the table is mounted and has read the (empty) view from the URL
    expect(phases[0]).toBe('mount');
    phases.length = 0;
    const { header, sort } = boxApHeader();
    sort();
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    // one render for the click; an empty one after it used to follow (a phone's ~7–9 ms, bench:reader)
    expect(phases).toEqual(['update']);
  });
});
