/**
 * Keyboard within a table row. A row costs at most two Tab stops (its copy link and its download
 * link); everything else in it that can be opened or followed (delta explanations, erratum marks,
 * a teacher's row) sits outside the Tab order and is reached with ← and → from any of them.
 */
const STOPS = 'a[href], button';

/** The element ← or → moves to from `from` in its row, or undefined to leave the key alone. */
export function rowStep(from: Element, key: string): HTMLElement | undefined {
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  const row = from.closest('tr');
  if (step === 0 || !row) return undefined;
  const stops = [...row.querySelectorAll<HTMLElement>(STOPS)];
  // From the row itself (a link landed on it, clientModules/landing): → to its first stop, ← to its last.
  if (from === row) return step > 0 ? stops[0] : stops.at(-1);
  const at = stops.indexOf(from as HTMLElement);
  return at < 0 ? undefined : stops[at + step];
}

/** The tables' keydown handler (on <tbody>): ← → move within the row; other keys keep their meaning. */
export function moveWithinRow(event: { target: EventTarget; key: string; preventDefault(): void }): void {
  if (!(event.target instanceof Element)) return;
  const next = rowStep(event.target, event.key);
  if (!next) return;
  event.preventDefault();
  next.focus();
}
