import type { TimeGrain } from '../../shared/contract/analysis-plan';
import { AisleError } from '../core/aisle-error';
import type { SqlDialect } from '../warehouse/warehouse';

/**
 * What differs between DuckDB SQL and BigQuery GoogleSQL in the SQL the compiler writes:
 * quoting, literals and date arithmetic. Everything else it writes is common to both.
 */

/** A calendar shift: whole days or whole months (quarters and years are months). */
export interface Shift {
  unit: 'day' | 'month';
  amount: number;
}

// Control characters have no business in names or filter values, and would make SQL unreadable.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f]/;

const refuseControlCharacters = (text: string, what: string): void => {
  if (controlCharacters.test(text)) {
    throw new AisleError(
      'invalid_input',
      `The ${what} "${text.replace(controlCharacters, '?')}" contains a line break or control character; remove it and try again.`,
    );
  }
};

export const quoteIdentifier = (dialect: SqlDialect, name: string): string => {
  refuseControlCharacters(name, 'name');
  switch (dialect) {
    case 'duckdb':
      return `"${name.replaceAll('"', '""')}"`;
    case 'bigquery':
      return `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
  }
};

/**
 * A table path. BigQuery paths are usually written as one quoted name
 * (`project.dataset.table`); a part that itself holds a dot (domain-scoped projects) is quoted alone.
 */
export const quoteTablePath = (dialect: SqlDialect, path: readonly string[]): string => {
  if (dialect === 'bigquery' && path.every((part) => !part.includes('.')))
    return quoteIdentifier(dialect, path.join('.'));
  return path.map((part) => quoteIdentifier(dialect, part)).join('.');
};

export const stringLiteral = (dialect: SqlDialect, value: string): string => {
  refuseControlCharacters(value, 'value');
  switch (dialect) {
    case 'duckdb':
      // DuckDB strings have no backslash escapes: doubling the quote is the only escape.
      return `'${value.replaceAll("'", "''")}'`;
    case 'bigquery':
      return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  }
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Start of a day: a DATE literal for date columns, midnight TIMESTAMP literal otherwise (BigQuery will not compare the two). */
export const dayLiteral = (date: string, type: 'date' | 'timestamp'): string => {
  if (!isoDate.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new AisleError('invalid_input', `"${date}" is not a date; write dates as YYYY-MM-DD, e.g. 2024-01-31.`);
  }
  return type === 'date' ? `DATE '${date}'` : `TIMESTAMP '${date} 00:00:00'`;
};

const intervalText = (shift: Shift): string => {
  if (shift.unit === 'month' && shift.amount % 12 === 0) return `INTERVAL ${shift.amount / 12} YEAR`;
  return `INTERVAL ${shift.amount} ${shift.unit === 'day' ? 'DAY' : 'MONTH'}`;
};

const bigQueryGrain = (grain: TimeGrain): string => {
  switch (grain) {
    case 'day':
      return 'DAY';
    case 'week':
      return 'WEEK(MONDAY)';
    case 'month':
      return 'MONTH';
    case 'quarter':
      return 'QUARTER';
    case 'year':
      return 'YEAR';
  }
};

/**
 * DuckDB bucket starts by date arithmetic: `date_trunc` builds a timestamp per row and costs
 * about three times as much over millions of rows (measured by `npm run bench`). Weeks start
 * on Monday (ISO), like BigQuery's WEEK(MONDAY).
 */
const duckDbBucketStart = (column: string, grain: TimeGrain): string => {
  const day = `CAST(${column} AS DATE)`;
  switch (grain) {
    case 'day':
      return day;
    case 'week':
      return `${day} - CAST(isodow(${column}) - 1 AS INTEGER)`;
    case 'month':
      return `${day} - CAST(day(${column}) - 1 AS INTEGER)`;
    case 'quarter':
      return `make_date(year(${column}), (quarter(${column}) - 1) * 3 + 1, 1)`;
    case 'year':
      return `${day} - CAST(dayofyear(${column}) - 1 AS INTEGER)`;
  }
};

/**
 * The DATE that starts the grain's bucket holding `column` (a timestamp or date), optionally
 * moved later by `shift` so an earlier period's buckets line up with the current ones.
 */
export const timeBucket = (dialect: SqlDialect, column: string, grain: TimeGrain, shift: Shift | null): string => {
  switch (dialect) {
    case 'duckdb': {
      const truncated = duckDbBucketStart(column, grain);
      return shift ? `CAST(${truncated} + ${intervalText(shift)} AS DATE)` : truncated;
    }
    case 'bigquery': {
      const truncated = grain === 'day' ? `DATE(${column})` : `DATE_TRUNC(DATE(${column}), ${bigQueryGrain(grain)})`;
      return shift ? `DATE_ADD(${truncated}, ${intervalText(shift)})` : truncated;
    }
  }
};
