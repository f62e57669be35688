import { csvField } from '../export/csv-text';
import type { CellValue, ColumnInfo, Row } from '../warehouse/warehouse';

export const outputFormats = ['table', 'csv', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

const cellText = (value: CellValue): string => {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** CSV for a terminal or a pipe: the export's quoting (RFC 4180), with plain \n line ends. */
export const formatCsv = (columns: ColumnInfo[], rows: Row[]): string =>
  [columns.map((column) => csvField(column.name)), ...rows.map((row) => row.map(csvField))]
    .map((fields) => fields.join(','))
    .join('\n') + '\n';

export const isNumericType = (type: string): boolean => /INT|DOUBLE|FLOAT|DECIMAL|NUMERIC|REAL/i.test(type);

/** Aligned columns for a terminal; numbers right-aligned, NULL shown as NULL. */
export const formatTable = (columns: ColumnInfo[], rows: Row[]): string => {
  const cells = rows.map((row) => row.map((value) => (value === null ? 'NULL' : cellText(value))));
  const widths = columns.map((column, index) =>
    Math.min(60, Math.max(column.name.length, ...cells.map((row) => (row[index] ?? '').length))),
  );
  const line = (values: string[]) =>
    values
      .map((value, index) => {
        const width = widths[index] ?? 0;
        const clipped = value.length > width ? `${value.slice(0, width - 1)}…` : value;
        return isNumericType(columns[index]?.type ?? '') ? clipped.padStart(width) : clipped.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return (
    [
      line(columns.map((column) => column.name)),
      widths.map((width) => '-'.repeat(width)).join('  '),
      ...cells.map(line),
    ].join('\n') + '\n'
  );
};
