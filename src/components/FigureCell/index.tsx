/**
 * One published figure in a table cell: the value as printed, its delta under
 * it in smaller type (direction told by a glyph and words as well as colour,
 * and explaining itself when opened), and the erratum mark where upstream's
 * delta disagrees with its figures. Used by the benchmark tables and the model
 * pages alike, so an erratum looks the same wherever its cell appears.
 */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { memo, type ReactNode } from 'react';
import type { Figure, MetricDef } from '../../data/schemas';
import type { Explanation } from '../../lib/explain';
import { type Direction, deltaDirection } from '../../lib/figures';
import { tableRoles } from '../../lib/tableRoles';
import DeltaExplainer from '../DeltaExplainer';
import styles from './styles.module.css';

const directionText: Record<Direction, () => string> = {
  better: () => translate({ id: 'table.delta.better', message: 'better than baseline' }),
  worse: () => translate({ id: 'table.delta.worse', message: 'worse than baseline' }),
  same: () => translate({ id: 'table.delta.same', message: 'same as baseline' }),
};
const glyph: Record<Direction, string> = { better: '▲', worse: '▼', same: '=' };

/**
 * A delta's text and its direction's glyph, for whatever holds it: the explanation's button, or a
 * span where the delta has nothing to explain. The holder carries `data-direction` for the colour.
 */
function deltaParts(delta: string, direction: Direction | undefined): ReactNode {
  return (
    <>
      {`(${delta})`}
      {/* The glyph is named, not paired with visually hidden text: a table page has a hundred deltas,
          and each hidden span was a positioned box the browser lays out and hit-tests on every sort.
          The rare "(-)" below keeps its hidden words: it has no glyph to name. */}
      {direction && (
        <span role="img" aria-label={directionText[direction]()} className={styles.glyph}>
          {glyph[direction]}
        </span>
      )}
      {delta === '-' && (
        <span className="sr-only">
          <Translate id="table.delta.none">no delta published</Translate>
        </span>
      )}
    </>
  );
}

/** The mark of an erratum, linked to its entry on the errata page; outside the Tab order (reached from the row). */
export function ErratumMark({ erratum, plain }: { erratum: string; plain: string }): ReactNode {
  return (
    <Link
      className={styles.erratumMark}
      to={`/errata#erratum-${erratum}`}
      id={`ref-${erratum}`}
      tabIndex={-1}
      aria-label={translate({ id: 'table.erratum.mark', message: 'erratum, on the errata page' })}
      title={translate(
        { id: 'table.erratum.title', message: 'Erratum: the figures give {plain}. See the errata page.' },
        { plain },
      )}
    >
      †
    </Link>
  );
}

/** Memoised: a sort or filter moves rows; their cells, given the same figure and explanation, stay as they are. */
export default memo(function FigureCell({
  figure,
  better,
  explain,
  label,
}: {
  figure: Figure | null;
  better: MetricDef['better'];
  explain: Explanation | undefined;
  /** The column's header, shown beside the figure where the table is stacked (phones). */
  label: string;
}): ReactNode {
  if (figure === null) {
    return (
      <td {...tableRoles.cell} className={styles.figure} data-label={label}>
        <span role="img" aria-label={translate({ id: 'table.cell.empty', message: 'not published' })}>
          –
        </span>
      </td>
    );
  }
  const record = explain?.record;
  const erratum = record?.erratum && record.verdict && (
    <ErratumMark erratum={record.erratum} plain={record.verdict.plain} />
  );
  // The value is the cell's own text, and the delta's line under it holds it directly: a table page
  // has some 250 figures, and each wrapping element is one more the browser styles, lays out and
  // React hydrates.
  let delta: ReactNode = null;
  if (figure.delta !== undefined) {
    const direction = deltaDirection(figure.delta, better);
    const parts = deltaParts(figure.delta, direction);
    const tone = { className: styles.delta, 'data-direction': direction ?? 'none' };
    if (!explain) {
      delta = (
        <span {...tone} className={`${styles.under} ${styles.delta}`}>
          {parts}
        </span>
      );
    } else if (erratum) {
      // The erratum is the delta's: its mark sits beside it, on the delta's line.
      delta = (
        <span className={styles.under}>
          <DeltaExplainer explain={explain} trigger={tone}>
            {parts}
          </DeltaExplainer>
          {erratum}
        </span>
      );
    } else {
      delta = (
        <DeltaExplainer explain={explain} className={styles.under} trigger={tone}>
          {parts}
        </DeltaExplainer>
      );
    }
  }
  return (
    <td {...tableRoles.cell} className={styles.figure} data-label={label} data-outcome={explain?.outcome}>
      {figure.value}
      {delta}
    </td>
  );
});
