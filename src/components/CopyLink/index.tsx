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
    <span className={styles.wrap}>
      <a href={`#${anchor}`} className={styles.link} onClick={copy} title={label}>
        <span className="sr-only">{label}</span>
        <span className={styles.icon} aria-hidden="true" />
      </a>
      <span role="status" className={status ? styles.toast : styles.quiet}>
        {status}
      </span>
    </span>
  );
}
