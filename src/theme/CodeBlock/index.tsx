/**
 * The site's code blocks: plain text with a copy button, in place of the theme's. The theme's block
 * highlights with Prism, and MDX's components import it, so every docs page carried every grammar
 * prism-react-renderer bundles (~26 KB gzipped) and built them on the main thread at start-up (about
 * 100 ms on a phone at 4× CPU); it also mounted each block a second time once React ran. This site's
 * only code is upstream's command-line flags, which those grammars do not highlight anyway. With
 * src/plugins/lean-bundle (which drops the theme's start-up Prism module) no page loads Prism. To
 * highlight code again, delete this file and that part of the plugin.
 *
 * Long lines wrap (a parameter list is one 600-character flag); the copy holds them as written.
 */
import { translate } from '@docusaurus/Translate';
import type { Props } from '@theme/CodeBlock';
import { Children, type ReactNode, useRef, useState } from 'react';
import { useAnnounce } from '../../components/LiveRegion';
import { writeClipboard } from '../../lib/clipboard';
import styles from './styles.module.css';

export default function CodeBlock({ children, className, language }: Props): ReactNode {
  const [copied, setCopied] = useState(false);
  const announce = useAnnounce();
  const timer = useRef<number | undefined>(undefined);
  // What MDX and components pass is text; anything else is shown as it is, and copies as nothing.
  const text = Children.toArray(children)
    .map((c) => (typeof c === 'string' || typeof c === 'number' ? String(c) : ''))
    .join('')
    .replace(/\n$/, '');
  const copy = async () => {
    try {
      await writeClipboard(text);
    } catch {
      return; // the button stays "Copy": nothing claims a copy that did not happen
    }
    setCopied(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopied(false), 2000);
  };
  // The theme's own words for its copy button, translated with the theme.
  const said = copied
    ? translate({ id: 'theme.CodeBlock.copied', message: 'Copied' })
    : translate({ id: 'theme.CodeBlock.copy', message: 'Copy' });
  return (
    <div className={styles.block}>
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={copy}
        title={translate({ id: 'theme.CodeBlock.copyButtonAriaLabel', message: 'Copy code to clipboard' })}
      >
        {said}
      </button>
      <pre className={styles.pre}>
        <code className={className ?? (language ? `language-${language}` : undefined)}>{text || children}</code>
      </pre>
      {copied && announce(<span className="sr-only">{said}</span>)}
    </div>
  );
}
