import { withScratchDuckDb } from './scratch-duckdb';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fixtures for the import tests: temporary folders and small queries on an imported file. */

export const tempDir = (prefix = 'aisle-import-'): string => mkdtempSync(join(tmpdir(), prefix));

/** The files in `<dataDir>/warehouses`, or [] when the folder does not exist. */
export const warehouseFiles = (dataDir: string): string[] => {
  const folder = join(dataDir, 'warehouses');
  return existsSync(folder) ? readdirSync(folder) : [];
};

/** Runs SQL on a throwaway in-memory DuckDB (to write Parquet fixtures, or to check a file independently). */
export const runScratch = (sql: string): Promise<Array<Record<string, unknown>>> =>
  withScratchDuckDb({}, async (connection) => (await connection.runAndReadAll(sql)).getRowObjectsJson());

/** Runs SQL read-only on an imported source's DuckDB file. */
export const queryImported = async (path: string, sql: string): Promise<Array<Record<string, unknown>>> => {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJson();
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
};

/** A CSV line from values, quoting those that need it. */
export const csvLine = (values: ReadonlyArray<string | number>, delimiter = ','): string =>
  values
    .map((value) => {
      const text = String(value);
      return text.includes(delimiter) || text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(delimiter);
