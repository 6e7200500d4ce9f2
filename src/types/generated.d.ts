/** The data files the zoo-data plugin writes into .docusaurus (src/plugins/zoo-data). */
declare module '@generated/zoo-data/default/moved.json' {
  const moved: Record<string, string>;
  export default moved;
}

declare module '@generated/zoo-data/default/*.json' {
  const zoo: import('../data/pageZoo').PageZoo;
  export default zoo;
}
