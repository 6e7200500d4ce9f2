import { docusaurus } from './state';

export default function useDocusaurusContext() {
  return {
    // Like a build: a non-default locale's baseUrl carries the locale.
    siteConfig: { baseUrl: docusaurus.locale === 'en' ? '/' : `/${docusaurus.locale}/` },
    i18n: { currentLocale: docusaurus.locale, defaultLocale: 'en', locales: ['en', 'zh-Hans'] },
  };
}
