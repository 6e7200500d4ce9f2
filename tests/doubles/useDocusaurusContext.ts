import { docusaurus } from './state';

export default function useDocusaurusContext() {
  return { i18n: { currentLocale: docusaurus.locale, defaultLocale: 'en', locales: ['en', 'zh-Hans'] } };
}
