/**
 * A link icon that copies the absolute URL of a row or table (with base URL
 * and locale) and says so, visibly and to screen readers. It is a real link to
 * the anchor, so without JavaScript it still leads there.
 */
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { type MouseEvent, type ReactNode, useState } from 'react';
import styles from './styles.module.css';

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Older browsers and insecure contexts: the textarea fallback.
  const area = document.createElement('textarea');
  area.value = text;
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

export default function CopyLink({ page, anchor, label }: { page: string; anchor: string; label: string }): ReactNode {
  const path = useBaseUrl(`/${page}`);
  const [status, setStatus] = useState('');
  const copy = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const url = `${window.location.origin}${path}#${anchor}`;
    try {
      await writeClipboard(url);
      setStatus(translate({ id: 'copyLink.copied', message: 'Link copied' }));
    } catch {
      setStatus(translate({ id: 'copyLink.failed', message: 'Could not copy; the link is in the address bar' }));
      window.location.hash = anchor;
    }
    window.setTimeout(() => setStatus(''), 2500);
  };
  return (
    // Positioned only while it shows its toast: a table has a copy link a row, and each positioned
    // box is one more the browser lays out and hit-tests on every sort.
    <span className={status ? `${styles.wrap} ${styles.showing}` : styles.wrap}>
      <a href={`#${anchor}`} className={styles.link} onClick={copy} title={label} aria-label={label}>
        {/* Its "#" is drawn by CSS; the link's name is the label. */}
        <span className={styles.icon} />
      </a>
      {/* Always in the page, so screen readers announce what is written into it; empty, it takes no room. */}
      <span role="status" className={status ? styles.toast : undefined}>
        {status}
      </span>
    </span>
  );
}
