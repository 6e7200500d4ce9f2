import { docusaurus } from './state';

/** Like Docusaurus: the site path with the locale prefix of a non-default locale. */
export default function useBaseUrl(path: string): string {
  return docusaurus.locale === 'en' ? path : `/${docusaurus.locale}${path}`;
}
