/**
 * Our tables as GFM markdown in the upstream document's layout: one cell per figure with its
 * delta in brackets ("37.53(-16.06%)"), "-" for an empty cell, the teacher as "Name(AP)", and a
 * link column. Either language: headings and headers come from the data's labels.
 */
import type { Column, Locale, Row, Table, Zoo } from '../data/schemas';
import { publishedCell } from '../lib/figures';
import { columnHeader, teacherText } from '../lib/rowName';

const LINK_TEXT: Record<Locale, string> = { en: 'download', 'zh-Hans': '下载链接' };
const TITLE: Record<Locale, string> = {
  en: 'PaddleDetection compression model zoo',
  'zh-Hans': '压缩模型库',
};

/** A cell's text with the characters that would break a GFM table escaped. */
const escapePipes = (text: string) => text.replace(/\|/g, '\\|');

/** Upstream's header style: a measured column's unit right after its label, "模型体积(MB)"; none for fields. */
function headerText(zoo: Zoo, column: Column, locale: Locale): string {
  const { label, unit } = columnHeader(zoo, column, locale);
  return 'metric' in column && unit ? `${label}(${unit})` : label;
}

function cellText(zoo: Zoo, column: Column, row: Row, locale: Locale): string {
  if ('metric' in column) {
    const figure = row.cells[column.metric];
    return figure ? publishedCell(figure) : '-';
  }
  const datasetLabel = (id: string | undefined) => zoo.datasets.find((d) => d.id === id)?.label[locale] ?? id ?? '-';
  switch (column.field) {
    case 'model':
      return zoo.models.find((m) => m.id === row.model)?.label ?? row.model;
    case 'dataset':
      return datasetLabel(row.dataset);
    case 'pretrained':
      return datasetLabel(row.pretrained);
    case 'strategy':
      return row.strategy;
    case 'inputSize':
      return String(row.inputSize);
    case 'teacher':
      return row.teacher ? teacherText(zoo, row.teacher) : '-';
    case 'download':
      return row.download ? `[${LINK_TEXT[locale]}](${row.download})` : '-';
  }
}

/** The table alone: header, alignment row and one line per row. */
export function tableMarkdown(zoo: Zoo, table: Table, locale: Locale): string {
  const line = (cells: string[]) => `| ${cells.map(escapePipes).join(' | ')} |`;
  return [
    line(table.columns.map((c) => headerText(zoo, c, locale))),
    `| ${table.columns.map((_, i) => (i === 0 ? ':--' : ':--:')).join(' | ')} |`,
    ...table.rows.map((row) => line(table.columns.map((c) => cellText(zoo, c, row, locale)))),
  ].join('\n');
}

/**
 * The whole zoo. In Chinese the headings are upstream's own ("剪裁模型库" › "YOLOv3 on COCO" becomes
 * a section and a sub-heading); in English each table is headed by its title.
 */
export function zooMarkdown(zoo: Zoo, locale: Locale): string {
  const parts = [`# ${TITLE[locale]}`];
  let section = '';
  for (const table of zoo.tables) {
    if (locale === 'en') {
      parts.push(`## ${table.title.en}`);
    } else {
      const [first, second] = table.upstreamHeading.split(' › ');
      if (second === undefined) {
        section = '';
        parts.push(`## ${first}`);
      } else {
        if (first !== section) parts.push(`## ${first}`);
        section = first ?? '';
        parts.push(`### ${second}`);
      }
    }
    parts.push(tableMarkdown(zoo, table, locale));
  }
  return `${parts.join('\n\n')}\n`;
}
