/** @vitest-environment jsdom */
/** Focus on what a followed link landed on: there for the next Tab, and no lasting tab stop after. */
import { afterEach, describe, expect, it } from 'vitest';
import { focusLanded } from '../../src/lib/landing';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusLanded', () => {
  it('focuses an erratum entry, and takes its tab stop back once focus moves on', () => {
    document.body.innerHTML =
      '<ol><li id="erratum-x"><a href="/pruning#row">row</a> note</li></ol><button>next</button>';
    const entry = document.getElementById('erratum-x') as HTMLElement;
    focusLanded(entry);
    expect(document.activeElement).toBe(entry);
    expect(entry.getAttribute('tabindex')).toBe('-1');
    (document.querySelector('button') as HTMLElement).focus();
    expect(entry.hasAttribute('tabindex')).toBe(false);
  });

  it("keeps the tab stop while the window alone loses focus: the entry is still the page's active element", () => {
    document.body.innerHTML = '<ol><li id="erratum-x">note</li></ol>';
    const entry = document.getElementById('erratum-x') as HTMLElement;
    focusLanded(entry);
    // what the browser sends when the reader switches windows: a blur, the element still active
    entry.dispatchEvent(new FocusEvent('blur'));
    expect(document.activeElement).toBe(entry);
    expect(entry.getAttribute('tabindex')).toBe('-1');
  });

  it('takes the tab stop back at once from an element that could not take focus', () => {
    const detached = document.createElement('li');
    focusLanded(detached);
    expect(detached.hasAttribute('tabindex')).toBe(false);
  });

  it('leaves the tab stop of an element that had one of its own', () => {
    document.body.innerHTML = '<section tabindex="0" id="t">table</section><button>next</button>';
    const section = document.getElementById('t') as HTMLElement;
    focusLanded(section);
    expect(document.activeElement).toBe(section);
    (document.querySelector('button') as HTMLElement).focus();
    expect(section.getAttribute('tabindex')).toBe('0');
  });
});
