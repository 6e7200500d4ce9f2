/** Every erratum of the upstream document: where it is, what was printed, what the figures give, why. */
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { ReactNode } from 'react';
import { useLocale, useZoo } from '../../hooks/useZoo';
import { rowPath } from '../../lib/links';
import { columnLabel, rowName } from '../../lib/rowName';
import { sentenceGap } from '../../lib/spacing';
import styles from './styles.module.css';

export default function ErrataList(): ReactNode {
  const zoo = useZoo();
  const locale = useLocale();
  const brokenLinks = useBrokenLinks();
  const records = zoo.errataRecords;
  return (
    <ol className={styles.list}>
      {records.map((r) => {
        const erratum = zoo.errata.find((e) => e.id === r.erratum);
        const table = zoo.tables.find((t) => t.id === r.table);
        const row = table?.rows.find((x) => x.id === r.row);
        const anchor = `erratum-${r.erratum}`;
        brokenLinks.collectAnchor(anchor);
        const where = r.kind === 'claim' ? `/${table?.page}#${r.row}` : rowPath(zoo, r.row);
        const verdict = r.verdict;
        return (
          <li key={r.id} id={anchor} className={styles.item}>
            <p className={styles.where}>
              {table?.title[locale]} › {where && row && <Link to={where}>{rowName(zoo, row, locale, table)}</Link>} ›{' '}
              {columnLabel(zoo, r.column, locale)}
              {r.kind === 'claim' && (
                <>
                  {sentenceGap(locale)}
                  <Translate id="errata.inSummary">(quoted in the summary under the table)</Translate>
                </>
              )}
            </p>
            <dl className={styles.facts}>
              <dt>
                <Translate id="errata.published">Upstream prints</Translate>
              </dt>
              <dd>
                <code>{r.published}</code>
              </dd>
              {verdict && (
                <>
                  <dt>
                    <Translate id="errata.figuresGive">The printed figures give</Translate>
                  </dt>
                  <dd>
                    <code>{verdict.plain}</code> ({r.formula})
                  </dd>
                  <dt>
                    <Translate id="errata.wouldAgree">Published values that would agree</Translate>
                  </dt>
                  <dd>
                    <code>{verdict.agreeing[0]}</code> … <code>{verdict.agreeing[1]}</code>
                  </dd>
                </>
              )}
              {r.kind === 'claim' && !verdict && (
                <>
                  <dt>
                    <Translate id="errata.cellHolds">The cell holds</Translate>
                  </dt>
                  <dd>
                    <code>{r.cell}</code>
                  </dd>
                </>
              )}
            </dl>
            <p>{erratum?.note[locale]}</p>
          </li>
        );
      })}
    </ol>
  );
}
