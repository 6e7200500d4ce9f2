/** A row as a reader names it: "MobileNetV1 · r578 · 608" (with the dataset where the table mixes them). */
import type { Locale, Row, Table, Zoo } from '../data/schemas';

export function rowName(zoo: Zoo, row: Row, locale: Locale, table?: Table): string {
  const model = zoo.models.find((m) => m.id === row.model)?.label ?? row.model;
  const mixed = table && new Set(table.rows.map((r) => r.dataset)).size > 1;
  const dataset = mixed ? zoo.datasets.find((d) => d.id === row.dataset)?.label[locale] : undefined;
  return [model, dataset, row.strategy, row.inputSize].filter(Boolean).join(' · ');
}

/** A column's label in the reader's language ("Model size", "Kirin 970"). */
export function columnLabel(zoo: Zoo, column: string, locale: Locale): string {
  if (column === 'inputSize') return zoo.columns.fields.inputSize.label[locale];
  return zoo.columns.metrics[column]?.label[locale] ?? column;
}
