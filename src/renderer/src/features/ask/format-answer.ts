import type { ResultColumn } from '../../../../shared/contract/query';

/**
 * How the cells of an answer read. The contract carries column names and engine types only, so
 * formats come from the names the semantic layer gives its columns: measure ids (`revenue`),
 * comparison suffixes (`revenue_change_pct`) and time buckets named by their grain (`month`).
 */

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const signedPercentFormat = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

const timeGrainColumns = new Set(['day', 'week', 'month', 'quarter', 'year']);
/** Keys that read better without thousands separators (product 10423, not 10,423). */
const idLike = /(^id$|_id$)/i;

/** Ratio measures stored as fractions (0.12 = 12%). */
export const isPercentColumn = (name: string): boolean => /(_pct|^return_rate)(_previous|_change)?$/i.test(name);

export const isNumericType = (type: string): boolean =>
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL|NUMERIC|REAL|INT64|FLOAT64|BIGNUMERIC)/i.test(
    type,
  );

/** A number with thousands separators, and two decimals only when it has decimals. */
export const formatNumber = (value: number): string =>
  Number.isInteger(value) ? whole.format(value) : twoDecimals.format(value);

export const formatPercent = (fraction: number): string => percentFormat.format(fraction);

/** A change as a signed percent: "+12.3%", "-4%". */
export const formatChange = (fraction: number): string => signedPercentFormat.format(fraction);

/** A time bucket's first day as people name the bucket: "Oct 2026", "Q4 2026", "2026". */
export const formatBucket = (grain: string, value: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month] = match;
  switch (grain) {
    case 'year':
      return year ?? value;
    case 'quarter':
      return `Q${Math.floor((Number(month) - 1) / 3) + 1} ${year ?? ''}`;
    case 'month':
      return monthFormat.format(new Date(`${match[0]}T00:00:00Z`));
    default:
      return match[0];
  }
};

/** The text of one cell. */
export const formatValue = (value: unknown, column: ResultColumn): string => {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') {
    if (/_change_pct$/.test(column.name)) return formatChange(value);
    if (isPercentColumn(column.name)) {
      // A change in a rate is in percentage points, not a percent of a percent.
      return /_change$/.test(column.name) ? `${formatChange(value).replace('%', '')} pts` : formatPercent(value);
    }
    if (idLike.test(column.name) && Number.isInteger(value)) return String(value);
    return formatNumber(value);
  }
  if (typeof value === 'string') {
    if (timeGrainColumns.has(column.name)) return formatBucket(column.name, value);
    // Engines send big integers and decimals as text; they still read as numbers.
    if (isNumericType(column.type) && /^-?\d+(\.\d+)?$/.test(value) && !idLike.test(column.name)) {
      return formatNumber(Number(value));
    }
    return value;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return JSON.stringify(value);
};

/** Measures where a rise is bad news. */
const lowerIsBetter = /^return_rate/;

/** Whether a change cell is good or bad news (a rise in revenue, a fall in returns); null elsewhere. */
export const changeTone = (columnName: string, value: unknown): 'good' | 'bad' | null => {
  if (!/_change(_pct)?$/.test(columnName)) return null;
  const number = numericValue(value);
  if (number === null || number === 0) return null;
  return number > 0 !== lowerIsBetter.test(columnName) ? 'good' : 'bad';
};

/** A number from a cell, or null when it holds none. */
export const numericValue = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) return Number(value);
  return null;
};

/** Whether a column holds numbers (by type, or by its values when the type says little). */
export const isNumericColumn = (column: ResultColumn, rows: readonly (readonly unknown[])[], index: number): boolean =>
  !timeGrainColumns.has(column.name) &&
  !idLike.test(column.name) &&
  (isNumericType(column.type) || (rows.length > 0 && rows.every((row) => typeof row[index] === 'number')));

const suffixes: ReadonlyArray<readonly [RegExp, string]> = [
  [/_change_pct$/, ' change %'],
  [/_change$/, ' change'],
  [/_previous$/, ' (previous)'],
];

const specialWords: Record<string, string> = { pct: '%', id: 'id' };

/** A column name as a heading: "average_order_value_change_pct" -> "Average order value change %". */
export const columnLabel = (name: string): string => {
  let base = name;
  let tail = '';
  for (const [pattern, words] of suffixes) {
    if (pattern.test(base)) {
      base = base.replace(pattern, '');
      tail = words;
      break;
    }
  }
  const words = base
    .split('_')
    .filter(Boolean)
    .map((word) => specialWords[word] ?? word)
    .join(' ');
  const text = `${words}${tail}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** Bytes and dollars are shown by the shared formatters; this keeps "as of" short and local. */
export const formatAsOf = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};
