import type { DuckDBConnection } from '@duckdb/node-api';
import type { CsvDialect } from './csv-read-sql';
import { delimiterName, guessDelimiter, headLines, splitLine } from './guess-delimiter';
import type { TextEncoding } from './inspect-file';
import { sqlString } from './sql-text';

export interface DetectedDialect {
  dialect: CsvDialect;
  /** Column names in file order (column0, column1, … without a header). */
  columns: string[];
  warnings: string[];
}

interface SniffRow {
  Delimiter: string;
  Quote: string;
  Escape: string;
  Comment: string;
  SkipRows: number;
  HasHeader: boolean;
  Columns: Array<{ name: string; type: string }>;
}

export interface DialectInput {
  path: string;
  compression: 'none' | 'gzip';
  encoding: TextEncoding;
  head: string;
  complete: boolean;
}

/** DuckDB writes "(empty)" for an option that is not set. */
const unset = (value: string): string => (value === '(empty)' ? '' : value);

const sniff = async (
  connection: DuckDBConnection,
  input: DialectInput,
  extra: string[] = [],
): Promise<SniffRow | null> => {
  const options = [
    sqlString(input.path),
    `compression = ${sqlString(input.compression)}`,
    `encoding = ${sqlString(input.encoding)}`,
    // As for reading (csv-read-sql.ts): DuckDB's 32 MB default buffers are more than needed.
    'buffer_size = 8388608',
    ...extra,
  ];
  try {
    const reader = await connection.runAndReadAll(`SELECT * FROM sniff_csv(${options.join(', ')})`);
    // sniff_csv returns one row whose columns are the fields of SniffRow.
    return (reader.getRowObjectsJson()[0] ?? null) as unknown as SniffRow | null;
  } catch {
    // A file the sniffer cannot make sense of falls back to reading the header line ourselves.
    return null;
  }
};

/**
 * The sniffer reports no quote when its sample has none, or when a broken quote confused it.
 * Values quoted later in the file (or around the broken one) would then split on their inner
 * delimiters, so the standard double quote is used unless the file has quote characters that
 * are plainly not quoting (inch marks: 12" frame).
 */
const quoteFor = (row: SniffRow, input: DialectInput): string => {
  const sniffed = unset(row.Quote);
  if (sniffed !== '') return sniffed;
  const lines = headLines(input.head, input.complete);
  if (!lines.some((line) => line.includes('"'))) return '"';
  const delimiter = row.Delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quotedField = new RegExp(`(^|${delimiter})"`);
  return lines.some((line) => quotedField.test(line)) ? '"' : '';
};

const fromSniff = (row: SniffRow, input: DialectInput): DetectedDialect => {
  const quote = quoteFor(row, input);
  return {
    dialect: {
      delimiter: row.Delimiter,
      quote,
      // RFC 4180 escapes a quote by doubling it; the sniffer only reports that when its sample
      // happens to contain one, and a later "" must not break the row.
      escape: unset(row.Escape) || quote,
      hasHeader: row.HasHeader,
      skip: row.SkipRows,
      comment: unset(row.Comment),
    },
    columns: row.Columns.map((column) => column.name),
    warnings: [],
  };
};

/** Column names from a header line, made unique and non-empty as DuckDB does. */
const headerNames = (fields: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return fields.map((field, index) => {
    const base = field.trim() === '' ? `column${index}` : field.trim();
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}_${count}`;
  });
};

/**
 * The sniffed dialect when it agrees with the header line: as many columns as the header
 * splits into with those settings. A sniffer confused by a broken quote may report a different
 * quote, and then a column count the rows do not have.
 */
const consistent = (row: SniffRow, input: DialectInput): DetectedDialect | null => {
  const detected = fromSniff(row, input);
  if (row.Columns.length < 2) return null;
  const lines = headLines(input.head, input.complete);
  const first = lines[detected.dialect.skip] ?? lines[0] ?? '';
  const { delimiter, quote } = detected.dialect;
  const fields = quote === '"' ? splitLine(first, delimiter).length : first.split(delimiter).length;
  return fields === row.Columns.length ? detected : null;
};

/**
 * How a CSV file is written. DuckDB's sniffer decides first; when it sees a single column, or
 * a dialect the header line does not agree with (typically because irregular lines or a broken
 * quote confused it), while the header line is clearly split by a delimiter, Aisle reads the
 * file with that delimiter and says so.
 */
export const detectDialect = async (connection: DuckDBConnection, input: DialectInput): Promise<DetectedDialect> => {
  const sniffed = await sniff(connection, input);
  const accepted = sniffed && consistent(sniffed, input);
  if (accepted) return accepted;

  const guessed = guessDelimiter(input.head, input.complete);
  if (guessed === null) {
    return {
      dialect: sniffed
        ? fromSniff(sniffed, input).dialect
        : { delimiter: ',', quote: '"', escape: '"', hasHeader: true, skip: 0, comment: '' },
      columns: sniffed ? sniffed.Columns.map((column) => column.name) : ['column0'],
      warnings: [
        'Aisle found a single column in this file. If it has more, they are separated by a character other than commas, semicolons, tabs or vertical bars; export it as CSV with commas and try again.',
      ],
    };
  }
  const warning = `Some lines of this file look irregular (a quote that is never closed, or a missing separator), so Aisle could not work out on its own how it is written; the header line is separated by ${delimiterName(guessed)}, so the file is read that way.`;
  const resniffed = await sniff(connection, input, [`delim = ${sqlString(guessed)}`, 'ignore_errors = true']);
  const retried = resniffed && consistent(resniffed, input);
  if (retried) return { ...retried, warnings: [warning] };
  const [header = ''] = headLines(input.head, input.complete, 1);
  return {
    dialect: { delimiter: guessed, quote: '"', escape: '"', hasHeader: true, skip: 0, comment: '' },
    columns: headerNames(splitLine(header, guessed)),
    warnings: [warning],
  };
};
