/**
 * What the last `npm run check:downloads` found at a download link, printed beside it: the day it
 * was checked and the file's size, or that the link was dead and why. Nothing when the URL has not
 * been checked yet (the data-files page says how to run the check).
 */
import { translate } from '@docusaurus/Translate';
import type { DownloadCheck } from '../../data/schemas';
import { formatSize } from '../../lib/fileSize';
import styles from './styles.module.css';

export default function DownloadStatus({ check }: { check: DownloadCheck | undefined }) {
  if (!check) return null;
  const day = check.checkedAt.slice(0, 10);
  if (check.ok) {
    const size = check.size === null ? '' : ` · ${formatSize(check.size)}`;
    return (
      <span className={styles.status}>
        {translate({ id: 'download.checked', message: 'checked {day}' }, { day })}
        {size}
      </span>
    );
  }
  return (
    <span className={`${styles.status} ${styles.dead}`}>
      {translate(
        { id: 'download.dead', message: 'dead link on {day}: {problem}' },
        { day, problem: check.problem ?? '' },
      )}
    </span>
  );
}
