/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { moveWithinRow, rowStep } from '../../src/lib/rowKeys';

function row(): HTMLTableRowElement {
  document.body.innerHTML = `<table><tbody>
    <tr id="a"><th><a href="#a" id="copy">copy</a></th><td><button id="delta1">(-1.0)</button></td>
      <td><a href="/errata#x" tabindex="-1" id="mark">†</a><button id="delta2">(+0.5)</button></td>
      <td>608</td><td><a href="https://x/y.tar" id="download">Download</a></td></tr>
    <tr id="b"><th><a href="#b" id="copy-b">copy</a></th></tr>
  </tbody></table>`;
  return document.getElementById('a') as HTMLTableRowElement;
}
const el = (id: string) => document.getElementById(id) as HTMLElement;

describe('← → within a table row', () => {
  it('walks every link and button of the row in order, and stops at its ends', () => {
    row();
    const walk = ['copy'];
    for (let at: HTMLElement | undefined = el('copy'); at; ) {
      at = rowStep(at, 'ArrowRight');
      if (at) walk.push(at.id);
    }
    expect(walk).toEqual(['copy', 'delta1', 'mark', 'delta2', 'download']);
    expect(rowStep(el('delta2'), 'ArrowLeft')?.id).toBe('mark');
    expect(rowStep(el('copy'), 'ArrowLeft')).toBeUndefined();
  });

  it('from the row itself (a link landed on it), → reaches its first stop and ← its last', () => {
    const tr = row();
    expect(rowStep(tr, 'ArrowRight')?.id).toBe('copy');
    expect(rowStep(tr, 'ArrowLeft')?.id).toBe('download');
    expect(rowStep(tr, 'Enter')).toBeUndefined();
  });

  it('never leaves the row and leaves other keys alone', () => {
    row();
    expect(rowStep(el('download'), 'ArrowRight')).toBeUndefined();
    expect(rowStep(el('copy'), 'ArrowDown')).toBeUndefined();
    expect(rowStep(el('copy'), 'Tab')).toBeUndefined();
  });

  it('moves the focus and keeps the key from scrolling the page; other keys pass through', () => {
    row();
    el('delta1').focus();
    let prevented = false;
    moveWithinRow({ target: el('delta1'), key: 'ArrowRight', preventDefault: () => (prevented = true) });
    expect(document.activeElement?.id).toBe('mark');
    expect(prevented).toBe(true);
    prevented = false;
    moveWithinRow({ target: el('mark'), key: 'Enter', preventDefault: () => (prevented = true) });
    expect(document.activeElement?.id).toBe('mark');
    expect(prevented).toBe(false);
  });
});
