/**
 * The search shortcut, `mod+k` (the search plugin's default, which docusaurus.config.ts keeps), as
 * the navbar's stand-in box reads it before the plugin's own code is loaded. Decided the way the
 * plugin decides, so the shortcut does not change when its bar takes over.
 */

type Nav = Pick<Navigator, 'userAgent'> & { userAgentData?: { platform?: string } };
type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** A Mac: the client hints' platform where there are client hints, else the user agent. */
export function isMac(nav: Nav): boolean {
  if (nav.userAgentData?.platform) return nav.userAgentData.platform.toLowerCase().includes('mac');
  return /mac/i.test(nav.userAgent);
}

/** ⌘ K on a Mac, Ctrl K elsewhere; no other modifier. */
export function isShortcut(event: Keys, mac: boolean): boolean {
  return (
    // Some keydowns (autofill) carry no key at all.
    event.key?.toLowerCase() === 'k' &&
    (mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey) &&
    !event.altKey &&
    !event.shiftKey
  );
}
