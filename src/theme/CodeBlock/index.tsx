/**
 * The theme's code block, in a box of its own. The theme mounts every code block a second time
 * once React runs (its key changes with useIsBrowser, to apply the colour mode's Prism colours).
 * Left as a direct child of the article, that swap made Chromium restyle the whole article (the
 * theme's `.docItemContainer header + *` rule), every table cell included: on /pruning about
 * 2,750 elements, some 50 ms on a phone, after the page had already shown. In its own box the
 * swap restyles only the code block.
 */
import type { WrapperProps } from '@docusaurus/types';
import type CodeBlockType from '@theme/CodeBlock';
import CodeBlock from '@theme-original/CodeBlock';
import type { ReactNode } from 'react';

type Props = WrapperProps<typeof CodeBlockType>;

export default function CodeBlockWrapper(props: Props): ReactNode {
  return (
    <div>
      <CodeBlock {...props} />
    </div>
  );
}
