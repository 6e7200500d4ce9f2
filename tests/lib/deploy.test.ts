/** BASE_URL and SITE_URL, as a maintainer may write them, become what Docusaurus needs, or a clear error. */
import { describe, expect, it } from 'vitest';
import { baseUrlFrom, rootBase, siteUrlFrom, storageNamespace } from '../../src/lib/deploy';

describe('BASE_URL', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/zoo/', '/zoo/'],
    ['zoo', '/zoo/'],
    ['/zoo', '/zoo/'],
    ['docs/zoo/', '/docs/zoo/'],
    [' /zoo/ ', '/zoo/'],
  ])('%j is served as %j', (value, expected) => {
    expect(baseUrlFrom(value)).toBe(expected);
  });

  it.each([
    'https://example.org/zoo/',
    '//example.org/zoo/',
    '/zoo/?x=1',
    '/zoo/#top',
    '/my zoo/',
    'C:\\zoo',
    '/zoo//x/',
    '/zoo/../x/',
    '/./zoo/',
  ])('%j is refused, saying what a base URL is', (value) => {
    expect(() => baseUrlFrom(value)).toThrow(`BASE_URL must be a path such as /zoo/, found ${JSON.stringify(value)}`);
  });
});

describe('SITE_URL', () => {
  it('defaults to the local server and drops a trailing slash', () => {
    expect(siteUrlFrom(undefined)).toBe('http://localhost:3000');
    expect(siteUrlFrom('https://owner.github.io/')).toBe('https://owner.github.io');
  });

  it('refuses a path (it belongs in BASE_URL) and what is not a URL', () => {
    expect(() => siteUrlFrom('https://owner.github.io/repo/')).toThrow('put the path in BASE_URL');
    expect(() => siteUrlFrom('owner.github.io')).toThrow('SITE_URL must be an absolute URL');
  });
});

describe('the base every locale shares', () => {
  const i18n = { locales: ['en', 'zh-Hans'], defaultLocale: 'en' };
  it.each([
    ['/', '/'],
    ['/zh-Hans/', '/'],
    ['/zoo/', '/zoo/'],
    ['/zoo/zh-Hans/', '/zoo/'],
    // a base that merely ends like the default locale is left alone
    ['/docs/en/', '/docs/en/'],
  ])('%s → %s', (baseUrl, expected) => {
    expect(rootBase(baseUrl, i18n)).toBe(expected);
  });
});

describe('the browser storage namespace', () => {
  it('is one per deployment, whatever the language: both locales of a build share it', () => {
    expect(storageNamespace('https://owner.github.io', '/zoo/')).toBe(
      storageNamespace('https://owner.github.io', '/zoo/'),
    );
  });

  it.each([
    ['another base URL on the same origin', 'https://owner.github.io', '/other/'],
    ['the root of the same origin', 'https://owner.github.io', '/'],
    ['another origin with the same base URL', 'https://example.org', '/zoo/'],
  ])('differs for %s', (_what, url, base) => {
    expect(storageNamespace(url, base)).not.toBe(storageNamespace('https://owner.github.io', '/zoo/'));
  });

  it('is a short word, safe in a storage key', () => {
    expect(storageNamespace('https://owner.github.io', '/zoo/')).toMatch(/^[a-z0-9]{4,12}$/);
  });
});
