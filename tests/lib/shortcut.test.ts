import { describe, expect, it } from 'vitest';
import { isMac, isShortcut } from '../../src/lib/shortcut';

const keys = (key: string | undefined, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>) =>
  ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods }) as KeyboardEvent;

describe('the search shortcut before the search code is in', () => {
  it('is Ctrl K off a Mac and ⌘ K on one, in either case of K, with no other modifier', () => {
    expect(isShortcut(keys('k', { ctrlKey: true }), false)).toBe(true);
    expect(isShortcut(keys('K', { ctrlKey: true }), false)).toBe(true);
    expect(isShortcut(keys('k', { metaKey: true }), false)).toBe(false);
    expect(isShortcut(keys('k', { metaKey: true }), true)).toBe(true);
    expect(isShortcut(keys('k', { ctrlKey: true }), true)).toBe(false);
    expect(isShortcut(keys('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isShortcut(keys('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isShortcut(keys('j', { ctrlKey: true }), false)).toBe(false);
  });

  it('ignores a keydown without a key (autofill sends those) instead of throwing', () => {
    expect(isShortcut(keys(undefined, { ctrlKey: true }), false)).toBe(false);
  });

  it('tells a Mac as the search plugin does: client hints first, then the user agent', () => {
    expect(isMac({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' })).toBe(true);
    expect(isMac({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
    // The hints win over a user agent that says otherwise.
    expect(isMac({ userAgent: 'Mozilla/5.0 (Macintosh)', userAgentData: { platform: 'Linux' } })).toBe(false);
    expect(isMac({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', userAgentData: { platform: 'macOS' } })).toBe(true);
  });
});
