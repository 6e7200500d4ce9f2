import { describe, expect, it } from 'vitest';
import { alternates } from '../../src/lib/sitemap';

const i18n = {
  defaultLocale: 'en',
  locales: ['en', 'zh-Hans'],
  path: 'i18n',
  localeConfigs: { en: { htmlLang: 'en' }, 'zh-Hans': { htmlLang: 'zh-Hans' } },
} as unknown as Parameters<typeof alternates>[1]['i18n'];

describe('alternates', () => {
  it('pairs a page of the default locale with its Chinese twin', () => {
    expect(alternates('https://zoo.example/pruning', { url: 'https://zoo.example', baseUrl: '/', i18n })).toEqual([
      { lang: 'en', url: 'https://zoo.example/pruning' },
      { lang: 'zh-Hans', url: 'https://zoo.example/zh-Hans/pruning' },
      { lang: 'x-default', url: 'https://zoo.example/pruning' },
    ]);
  });

  it('works from the Chinese build, and under a sub-path deployment', () => {
    const site = { url: 'https://example.org', baseUrl: '/zoo/zh-Hans/', i18n };
    expect(alternates('https://example.org/zoo/zh-Hans/models/mobilenetv1-voc', site)).toEqual([
      { lang: 'en', url: 'https://example.org/zoo/models/mobilenetv1-voc' },
      { lang: 'zh-Hans', url: 'https://example.org/zoo/zh-Hans/models/mobilenetv1-voc' },
      { lang: 'x-default', url: 'https://example.org/zoo/models/mobilenetv1-voc' },
    ]);
    // The home page of each locale.
    expect(alternates('https://example.org/zoo/zh-Hans/', site).map((a) => a.url)).toEqual([
      'https://example.org/zoo/',
      'https://example.org/zoo/zh-Hans/',
      'https://example.org/zoo/',
    ]);
  });
});
