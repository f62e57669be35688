/** How a value shows in a grid cell: numbers grouped, NULL distinct from empty text, nested values as JSON. */
export type CellKind = 'null' | 'number' | 'text' | 'boolean' | 'date' | 'nested';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

const isNumericType = (type: string): boolean =>
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL|NUMERIC|REAL|INT64|FLOAT64|BIGNUMERIC)/i.test(
    type,
  );
const isDateType = (type: string): boolean => /^(DATE|TIMESTAMP|DATETIME|TIME)/i.test(type);
/** Identifier-like integer columns read better without thousands separators (order 536365, not 536,365). */
const isIdLike = (columnName: string): boolean => /(^id$|_id$|^id_|number|code|year)/i.test(columnName);

/** Text of a scalar cell value; nested values go through JSON. */
export const cellText = (value: unknown): string =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

export const cellKind = (value: unknown, type: string): CellKind => {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object') return 'nested';
  if (typeof value === 'number' || (isNumericType(type) && /^-?\d+(\.\d+)?$/.test(cellText(value)))) return 'number';
  if (isDateType(type)) return 'date';
  return 'text';
};

export const formatCell = (value: unknown, type: string, columnName: string): string => {
  switch (cellKind(value, type)) {
    case 'null':
      return 'NULL';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'nested':
      return JSON.stringify(value);
    case 'number':
      if (typeof value !== 'number') return cellText(value);
      return isIdLike(columnName) && Number.isInteger(value) ? String(value) : numberFormat.format(value);
    case 'date':
    case 'text':
      return cellText(value);
  }
};

/** Tab-separated text for the clipboard: what spreadsheets paste into cells. */
export const toTsv = (header: readonly string[] | null, rows: readonly (readonly unknown[])[]): string => {
  const field = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    return cellText(value).replace(/[\t\r\n]+/g, ' ');
  };
  const lines = rows.map((row) => row.map(field).join('\t'));
  return [...(header ? [header.join('\t')] : []), ...lines].join('\n');
};
