/** @vitest-environment jsdom */
/**
 * What a sort or a filter renders again: the table's rows move, but neither their cells nor the
 * erratum notes under the table are rendered anew (on a phone, each render of the notes was ~6 ms
 * of a sort at 4× CPU). Counted through the messages each one translates as it renders.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BenchmarkTable from '../../src/components/BenchmarkTable';
import { renderZoo } from '../doubles/renderZoo';
import { memoryRouter } from '../doubles/router';
import { docusaurus } from '../doubles/state';

const translated = vi.hoisted(() => new Map<string, number>());
vi.mock('@docusaurus/Translate', async (original) => {
  const module = await original<typeof import('@docusaurus/Translate')>();
  return {
    ...module,
    translate: (message: { id?: string; message: string }, values?: Record<string, string>) => {
      translated.set(message.id ?? '', (translated.get(message.id ?? '') ?? 0) + 1);
      return module.translate(message, values);
    },
  };
});

beforeEach(() => {
  docusaurus.reset();
  memoryRouter.reset();
  window.history.replaceState(null, '', '/pruning');
});
afterEach(cleanup);

describe('a sort renders the rows again, not what is in them', () => {
  it('renders no cell and no erratum note again', () => {
    renderZoo(<BenchmarkTable id="prune-coco" />);
    // The first render did translate both: a delta's direction in its cell, each erratum's note.
    expect(translated.get('table.errata.text')).toBeGreaterThan(0);
    expect(translated.get('table.delta.better')).toBeGreaterThan(0);
    translated.clear();
    const sizeHeader = screen.getAllByRole('columnheader')[3] as HTMLElement;
    act(() => {
      fireEvent.click(within(sizeHeader).getAllByRole('button')[0] as HTMLElement);
    });
    expect(sizeHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(translated.get('table.errata.text')).toBeUndefined();
    expect(translated.get('table.delta.better')).toBeUndefined();
  });
});
