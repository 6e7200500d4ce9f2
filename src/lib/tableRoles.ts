/**
 * Explicit ARIA roles for the parts of a table. On narrow screens the tables are stacked by CSS
 * (display: block / grid on rows and cells), and some browsers then stop exposing them as a table;
 * repeating the native role keeps screen readers announcing rows, columns and headers. The
 * <table> itself keeps its native role: an explicit role="table" makes the caption's copy link a
 * child that the table role does not allow (axe: aria-required-children).
 */
export const tableRoles = {
  rowgroup: { role: 'rowgroup' },
  row: { role: 'row' },
  columnheader: { role: 'columnheader' },
  rowheader: { role: 'rowheader' },
  cell: { role: 'cell' },
} as const;
