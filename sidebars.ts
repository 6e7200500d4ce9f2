import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars = {
  zoo: ['index', 'pruning', 'distillation', 'quantization'],
} satisfies SidebarsConfig;

export default sidebars;
