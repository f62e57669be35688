import type { CellValue } from '../warehouse/warehouse';

/** RFC 4180 fields (hand-written: four lines, not worth a dependency): quoted when they hold a comma, quote or line break; nested values as JSON. */
export const csvField = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const csvLine = (values: readonly (CellValue | undefined)[]): string => `${values.map(csvField).join(',')}\r\n`;
