import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars = {
  zoo: ['index', 'pruning', 'distillation', 'quantization', 'charts', 'errata', 'data-files'],
} satisfies SidebarsConfig;

export default sidebars;
