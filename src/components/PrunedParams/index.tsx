/**
 * The 18 pruned parameters of the YOLOv3 head with each pruning strategy's
 * ratio, as a table and as the command-line flags upstream passes.
 */

import Translate from '@docusaurus/Translate';
import CodeBlock from '@theme/CodeBlock';
import { Fragment, type ReactNode } from 'react';
import { useZoo } from '../../hooks/useZoo';

export default function PrunedParams(): ReactNode {
  const { prunedParams, strategies } = useZoo().strategies;
  const pruning = strategies.filter((s) => s.technique === 'pruning');
  const flags = [
    `--pruned_params="${prunedParams.join(',')}"`,
    ...pruning.map((s) => `# ${s.id}\n--pruned_ratios="${(s.prunedRatios ?? []).join(',')}"`),
  ].join('\n\n');
  return (
    <>
      <table>
        <caption>
          <Translate id="prunedParams.caption">Pruning ratio of each parameter of the YOLOv3 head</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="prunedParams.parameter">Parameter</Translate>
            </th>
            {pruning.map((s) => (
              <th key={s.id} scope="col">
                <code>{s.id}</code>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {prunedParams.map((param, i) => (
            <tr key={param}>
              <th scope="row">
                {/* A phone breaks the name after its dots only (yolo_block.0.0.0.|conv.|weights). */}
                <code>
                  {param.split('.').map((part, k, parts) =>
                    // One string a part, "yolo_block.": two would be joined by a comment in the page's HTML.
                    k < parts.length - 1 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed name, in order
                      <Fragment key={k}>
                        {`${part}.`}
                        <wbr />
                      </Fragment>
                    ) : (
                      part
                    ),
                  )}
                </code>
              </th>
              {pruning.map((s) => (
                <td key={s.id}>{s.prunedRatios?.[i]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <CodeBlock language="bash">{flags}</CodeBlock>
    </>
  );
}
