import { docusaurus } from './state';

export function usePluginData(name: string): unknown {
  if (name !== 'zoo-data') throw new Error(`no plugin data for ${name}`);
  return docusaurus.zoo;
}
