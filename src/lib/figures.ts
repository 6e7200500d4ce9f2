/**
 * Pure helpers for showing published figures. Figures are strings and stay
 * strings: nothing here parses a number for display, so "94.60" stays "94.60".
 */
import type { Figure, MetricDef } from '../data/schemas';

export type Direction = 'better' | 'worse' | 'same';

/**
 * Whether a published delta is an improvement for its metric: for AP higher is
 * better, for GFLOPs, size and latency lower is. "+0.0" is no change.
 */
export function deltaDirection(delta: string, better: MetricDef['better']): Direction | undefined {
  if (delta === '-') return undefined;
  if (/^[+-]0+(?:\.0+)?%?$/.test(delta)) return 'same';
  const up = delta.startsWith('+');
  return up === (better === 'higher') ? 'better' : 'worse';
}

/** A delta quoted in prose, where the words carry the direction: "-16.06%" → "16.06%". */
export function deltaMagnitude(delta: string): string {
  return delta.replace(/^[+-]/, '');
}

/** The cell as upstream prints it: `37.53(-16.06%)`, `37.5(-)`, `39.1`. */
export function publishedCell(figure: Figure): string {
  return figure.delta === undefined ? figure.value : `${figure.value}(${figure.delta})`;
}

/** `https://…/PaddleSlim/prune/yolov3_mobilenet_v1_prune578.tar` → `yolov3_mobilenet_v1_prune578.tar` */
export function fileName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);
}
