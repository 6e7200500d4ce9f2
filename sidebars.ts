import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars = {
  zoo: ['index', 'pruning', 'distillation', 'quantization', 'errata'],
} satisfies SidebarsConfig;

export default sidebars;
