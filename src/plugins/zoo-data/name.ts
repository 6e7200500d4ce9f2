/** The zoo-data plugin's name: its generated files live in .docusaurus/zoo-data/default (see src/types/generated.d.ts). */
export const ZOO_PLUGIN = 'zoo-data';
