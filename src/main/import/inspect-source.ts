import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportColumnKind } from '../../shared/contract/import';
import { AisleError } from '../core/aisle-error';
import { fromDuckDbError } from '../warehouse/duckdb-errors';
import { csvReadSql, type CsvDialect } from './csv-read-sql';
import type { DateFormat } from './date-formats';
import { detectDialect } from './detect-dialect';
import { inferColumnType, kindOfDuckDbType } from './infer-column';
import type { FileKind, TextEncoding } from './inspect-file';
import { detectNumberStyle, PLAIN_NUMBERS, type NumberStyle } from './number-style';
import { sqlIdentifier, sqlString } from './sql-text';

/** Rows read to decide column types and suggest a mapping. */
export const SAMPLE_ROWS = 10_000;
const SAMPLE_VALUES = 5;

export interface SourceColumn {
  name: string;
  /** The DuckDB type the column is kept as when it is not mapped to a concept. */
  type: string;
  kind: ImportColumnKind;
  dateFormat: DateFormat | null;
  /** Up to five different values from the first rows, as written. */
  samples: string[];
}

interface SourceBase {
  /** The path DuckDB reads (see readablePath). */
  readPath: string;
  columns: SourceColumn[];
  /** The first rows as text, one value per column; null for an empty cell. */
  rows: Array<Array<string | null>>;
  warnings: string[];
}

export type InspectedSource =
  | (SourceBase & { format: 'parquet' })
  | (SourceBase & {
      format: 'csv';
      compression: 'none' | 'gzip';
      encoding: TextEncoding;
      encodingNotes: string[];
      dialect: CsvDialect;
      numberStyle: NumberStyle;
    });

const distinctSamples = (rows: ReadonlyArray<ReadonlyArray<string | null>>, index: number): string[] => {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = row[index];
    if (value === null || value === undefined || value.trim() === '') continue;
    seen.add(value);
    if (seen.size === SAMPLE_VALUES) break;
  }
  return [...seen];
};

const columnValues = (rows: ReadonlyArray<ReadonlyArray<string | null>>, index: number): string[] =>
  rows.flatMap((row) => {
    const value = row[index];
    return value === null || value === undefined ? [] : [value];
  });

const readTextRows = async (connection: DuckDBConnection, sql: string): Promise<Array<Array<string | null>>> => {
  const reader = await connection.runAndReadAll(sql);
  // Every column is selected as VARCHAR, so each cell is a string or null.
  return reader.getRowsJson() as Array<Array<string | null>>;
};

const inspectCsv = async (
  connection: DuckDBConnection,
  readPath: string,
  file: Extract<FileKind, { format: 'csv' }>,
): Promise<InspectedSource> => {
  const detected = await detectDialect(connection, { path: readPath, ...file });
  const read = csvReadSql({
    path: readPath,
    compression: file.compression,
    encoding: file.encoding,
    dialect: detected.dialect,
    columns: detected.columns.map((name) => ({ name, type: 'VARCHAR' })),
    numberStyle: PLAIN_NUMBERS,
    skipBadRows: true,
  });
  const rows = await readTextRows(connection, `SELECT * FROM ${read} LIMIT ${SAMPLE_ROWS}`);
  const values = detected.columns.map((_, index) => columnValues(rows, index));
  const numberStyle = detectNumberStyle(values);
  const preferDayFirst = detected.dialect.delimiter === ';';
  const columns = detected.columns.map((name, index): SourceColumn => {
    const inferred = inferColumnType(values[index] ?? [], numberStyle, { preferDayFirst });
    return { name, ...inferred, samples: distinctSamples(rows, index) };
  });
  const warnings = [...detected.warnings];
  if (rows.length === 0) {
    warnings.push('The file has column names but no rows of data (or none Aisle could read).');
  }
  if (numberStyle.decimal === ',') {
    warnings.push('Numbers in this file use a decimal comma (3,50); Aisle reads them as such.');
  }
  return {
    format: 'csv',
    compression: file.compression,
    encoding: file.encoding,
    encodingNotes: file.encodingNotes,
    dialect: detected.dialect,
    numberStyle,
    readPath,
    columns,
    rows,
    warnings,
  };
};

const inspectParquet = async (connection: DuckDBConnection, readPath: string): Promise<InspectedSource> => {
  const source = `read_parquet(${sqlString(readPath)})`;
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  const declared = (described.getRowObjectsJson() as Array<{ column_name: string; column_type: string }>).map(
    (row) => ({ name: row.column_name, type: row.column_type }),
  );
  const selectText = declared.map((column) => `${sqlIdentifier(column.name)}::VARCHAR`).join(', ');
  const rows = await readTextRows(connection, `SELECT ${selectText} FROM ${source} LIMIT ${SAMPLE_ROWS}`);
  const columns = declared.map((column, index): SourceColumn => {
    // Text columns may still hold dates or numbers written as text; they can be mapped as such.
    const inferred = column.type === 'VARCHAR' ? inferColumnType(columnValues(rows, index), PLAIN_NUMBERS) : null;
    return {
      name: column.name,
      type: column.type,
      kind: inferred?.kind ?? kindOfDuckDbType(column.type),
      dateFormat: inferred?.dateFormat ?? null,
      samples: distinctSamples(rows, index),
    };
  });
  const warnings = rows.length === 0 ? ['The file has columns but no rows of data.'] : [];
  return { format: 'parquet', readPath, columns, rows, warnings };
};

/**
 * Everything Aisle needs to know about a file before importing it: its dialect, columns, their
 * types and the first rows. Preview and import both start here, so an import reads the file
 * exactly as its preview showed it.
 */
export const inspectSource = async (
  connection: DuckDBConnection,
  readPath: string,
  file: FileKind,
): Promise<InspectedSource> => {
  try {
    switch (file.format) {
      case 'parquet':
        return await inspectParquet(connection, readPath);
      case 'csv':
        return await inspectCsv(connection, readPath, file);
    }
  } catch (error) {
    if (error instanceof AisleError) throw error;
    const mapped = fromDuckDbError(error);
    if (mapped.code === 'cancelled') throw mapped;
    // DuckDB's first line says what is wrong with the file; the rest repeats our SQL.
    const raw = error instanceof Error ? error.message : String(error);
    const reason = raw.replace(/^Failed to [^:]+: /, '').split('\n')[0] ?? '';
    throw new AisleError(
      'invalid_input',
      `Aisle could not read this file as ${file.format === 'parquet' ? 'Parquet' : 'CSV'}: ${reason}`,
      { field: 'path', cause: error },
    );
  }
};
