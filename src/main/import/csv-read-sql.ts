import type { TextEncoding } from './inspect-file';
import type { NumberStyle } from './number-style';
import { sqlString } from './sql-text';

/** How the lines of a CSV file are split into fields. */
export interface CsvDialect {
  delimiter: string;
  /** '' when values are never quoted. */
  quote: string;
  escape: string;
  hasHeader: boolean;
  /** Lines before the header (titles, report dates). */
  skip: number;
  /** '' when the file has no comment lines. */
  comment: string;
}

const BUFFER_BYTES = 8 * 1024 * 1024;

export interface CsvReadSpec {
  path: string;
  compression: 'none' | 'gzip';
  encoding: TextEncoding;
  dialect: CsvDialect;
  /** Every column in file order, with the DuckDB type to read it as. */
  columns: ReadonlyArray<{ name: string; type: string }>;
  numberStyle: NumberStyle;
  /** strptime format for the TIMESTAMP and DATE columns; DuckDB's ISO parsing when absent. */
  timestampFormat?: string;
  dateFormat?: string;
  /** Record rows that fail into the temporary reject_errors table instead of failing. */
  storeRejects?: boolean;
  /** Skip rows that fail, recording them aside (sampling, checks) so the load's rejects stay its own. */
  skipBadRows?: boolean;
}

/**
 * A `read_csv(...)` call with detection switched off: every option is decided beforehand, so
 * the load reads the file exactly as the preview showed it, and a bad row is a reject, not a
 * reason for DuckDB to guess the dialect differently.
 */
export const csvReadSql = (spec: CsvReadSpec): string => {
  const { dialect } = spec;
  const columns = spec.columns.map((column) => `${sqlString(column.name)}: ${sqlString(column.type)}`).join(', ');
  const options = [
    sqlString(spec.path),
    'auto_detect = false',
    `delim = ${sqlString(dialect.delimiter)}`,
    `quote = ${sqlString(dialect.quote)}`,
    `escape = ${sqlString(dialect.escape)}`,
    `header = ${dialect.hasHeader}`,
    `skip = ${dialect.skip}`,
    `comment = ${sqlString(dialect.comment)}`,
    `compression = ${sqlString(spec.compression === 'gzip' ? 'gzip' : 'none')}`,
    `encoding = ${sqlString(spec.encoding)}`,
    `columns = {${columns}}`,
    // DuckDB's default is 32 MB per buffer and thread; 8 MB reads as fast and keeps memory
    // near the memory limit.
    `buffer_size = ${BUFFER_BYTES}`,
  ];
  if (spec.numberStyle.decimal === ',') options.push(`decimal_separator = ','`);
  if (spec.numberStyle.thousands !== null) options.push(`thousands = ${sqlString(spec.numberStyle.thousands)}`);
  if (spec.timestampFormat !== undefined) options.push(`timestampformat = ${sqlString(spec.timestampFormat)}`);
  if (spec.dateFormat !== undefined) options.push(`dateformat = ${sqlString(spec.dateFormat)}`);
  if (spec.storeRejects) options.push('store_rejects = true');
  else if (spec.skipBadRows) {
    // Not ignore_errors: after a quote that is never closed it stops reading altogether,
    // while storing rejects resumes on the next line.
    options.push("store_rejects = true, rejects_table = 'aisle_skipped_rows', rejects_scan = 'aisle_skipped_scans'");
  }
  return `read_csv(${options.join(', ')})`;
};
