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

  it('leaves the tab stop of an element that had one of its own', () => {
    document.body.innerHTML = '<section tabindex="0" id="t">table</section><button>next</button>';
    const section = document.getElementById('t') as HTMLElement;
    focusLanded(section);
    expect(document.activeElement).toBe(section);
    (document.querySelector('button') as HTMLElement).focus();
    expect(section.getAttribute('tabindex')).toBe('0');
  });
});
