import type { ResultColumn } from '../../../../../shared/contract/query';

export const chartTypes = ['bar', 'line', 'area', 'scatter', 'pie'] as const;
export type ChartType = (typeof chartTypes)[number];

export interface ChartSpec {
  type: ChartType;
  /** Index of the column on the category (x) axis. */
  x: number;
  /** Indexes of the measured columns. */
  y: number[];
}

const isNumeric = (column: ResultColumn): boolean =>
  /INT|DOUBLE|FLOAT|DECIMAL|NUMERIC|REAL|INT64|FLOAT64/i.test(column.type);
const isTemporal = (column: ResultColumn): boolean => /^(DATE|TIMESTAMP|DATETIME|TIME)/i.test(column.type);

/**
 * A sensible first chart from the column types: time on x -> line; a category and a measure
 * -> bar (pie when it is one measure over a handful of categories); two measures -> scatter.
 * Null when there is nothing to chart (no numeric column).
 */
export const defaultChart = (columns: readonly ResultColumn[], rowCount: number): ChartSpec | null => {
  const numeric = columns.map((column, index) => (isNumeric(column) ? index : -1)).filter((index) => index >= 0);
  if (numeric.length === 0) return null;
  const temporal = columns.findIndex(isTemporal);
  // One measure by default: measures of different sizes (revenue and orders) on one axis flatten each other.
  if (temporal >= 0) return { type: 'line', x: temporal, y: numeric.filter((index) => index !== temporal).slice(0, 1) };
  const category = columns.findIndex((column) => !isNumeric(column));
  if (category >= 0) {
    const y = numeric.slice(0, 1);
    return { type: rowCount <= 8 ? 'pie' : 'bar', x: category, y };
  }
  if (numeric.length >= 2) return { type: 'scatter', x: numeric[0] ?? 0, y: [numeric[1] ?? 1] };
  return { type: 'bar', x: numeric[0] ?? 0, y: [numeric[0] ?? 0] };
};
