/**
 * Explicit ARIA roles for the parts of a table. On narrow screens the tables are stacked by CSS
 * (display: block / grid on rows and cells), and some browsers then stop exposing them as a table;
 * repeating the native role keeps screen readers announcing rows, columns and headers.
 */
export const tableRoles = {
  table: { role: 'table' },
  rowgroup: { role: 'rowgroup' },
  row: { role: 'row' },
  columnheader: { role: 'columnheader' },
  rowheader: { role: 'rowheader' },
  cell: { role: 'cell' },
} as const;
