/**
 * A download link that shows a short word ("Download") and names its file for screen readers and in
 * its tooltip, followed by what the last download check found there. The benchmark tables and the
 * model pages share it.
 */
import type { ReactNode } from 'react';
import type { DownloadCheck } from '../../data/schemas';
import { fileName } from '../../lib/figures';
import { tableRoles } from '../../lib/tableRoles';
import DownloadStatus from '../DownloadStatus';

export default function DownloadLink({
  url,
  label,
  check,
  className,
}: {
  url: string;
  /** The visible word, in the page's language. */
  label: string;
  check: DownloadCheck | undefined;
  className?: string;
}): ReactNode {
  const file = fileName(url);
  return (
    <>
      {/* Named with aria-label, not hidden text: hidden text is a positioned box, one a row. */}
      <a className={className} href={url} title={file} aria-label={`${label} ${file}`}>
        {label}
      </a>
      <DownloadStatus check={check} />
    </>
  );
}

/** A set of weights' download cell, or "–" where upstream links none (the model pages, the finder). */
export function DownloadCell({
  url,
  label,
  check,
  className,
}: {
  url: string | undefined;
  label: string;
  check: DownloadCheck | undefined;
  className?: string;
}): ReactNode {
  return (
    <td {...tableRoles.cell} data-label={label}>
      {url ? <DownloadLink url={url} label={label} check={check} className={className} /> : '–'}
    </td>
  );
}
