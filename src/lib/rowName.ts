/** A row as a reader names it: "MobileNetV1 · r578 · 608" (with the dataset where the table mixes them). */
import type { Column, Label, Locale, Row, Table, Teacher, Zoo } from '../data/schemas';

export function rowName(zoo: Zoo, row: Row, locale: Locale, table?: Table): string {
  const model = zoo.models.find((m) => m.id === row.model)?.label ?? row.model;
  const mixed = table && new Set(table.rows.map((r) => r.dataset)).size > 1;
  const dataset = mixed ? zoo.datasets.find((d) => d.id === row.dataset)?.label[locale] : undefined;
  return [model, dataset, row.strategy, row.inputSize].filter(Boolean).join(' · ');
}

/** A table column's header in one language: its label (the table's own, else the column's) and unit. */
export function columnHeader(zoo: Zoo, column: Column, locale: Locale): { label: string; unit?: string } {
  const def = 'field' in column ? zoo.columns.fields[column.field] : zoo.columns.metrics[column.metric];
  const label = ((column.label ?? def.label) as Label)[locale];
  return def.unit ? { label, unit: def.unit[locale] } : { label };
}

/** A column's header as printed, unit in brackets: "Model size (MB)". */
export function headerText(zoo: Zoo, column: Column, locale: Locale): string {
  const { label, unit } = columnHeader(zoo, column, locale);
  return unit ? `${label} (${unit})` : label;
}

/** A teacher as the tables print it: "YOLOv3-ResNet34(36.2)". */
export function teacherText(zoo: Zoo, teacher: Teacher): string {
  const name = zoo.models.find((m) => m.id === teacher.model)?.name ?? teacher.model;
  return `${name}(${teacher.boxAp})`;
}

/** A column's label in the reader's language ("Model size", "Kirin 970"). */
export function columnLabel(zoo: Zoo, column: string, locale: Locale): string {
  if (column === 'inputSize') return zoo.columns.fields.inputSize.label[locale];
  return zoo.columns.metrics[column]?.label[locale] ?? column;
}
