import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ConceptColumns, ImportResult } from '../../shared/contract/import';
import { AisleError } from '../core/aisle-error';
import { fromDuckDbError } from '../warehouse/duckdb-errors';
import { importNotes } from './import-notes';
import { inspectFile } from './inspect-file';
import { inspectSource } from './inspect-source';
import { loadSales } from './load-sales';
import { moveIntoPlace, removeDatabaseFiles } from './place-file';
import { readablePath, type ReadablePath } from './readable-path';
import { retypeKeptColumns } from './retype-kept-columns';
import { withScratchDuckDb } from './scratch-duckdb';
import { importedSourcePath } from './source-file';

export interface ImportProgress {
  stage: string;
  /** 0..1, never going back. */
  fraction: number;
}

export interface ImportOptions {
  /** The app's data folder; the source becomes `<dataDir>/warehouses/<slug>.duckdb`. */
  dataDir: string;
  /** A CSV (also gzip-compressed) or Parquet file. */
  path: string;
  /** The new source's display name, 1-60 characters. */
  name: string;
  /** The confirmed mapping; the suggested one when omitted. */
  mapping?: ConceptColumns;
  /** The ISO 4217 code the file's money is in; not known (plain numbers) when omitted. */
  currency?: string | null;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** DuckDB's memory_limit for the import ('512MB'); DuckDB spills to disk beyond it. */
  memoryLimit?: string;
  threads?: number;
}

const CANCELLED = 'The import was cancelled; no data source was added.';

/** Destination files of the imports running in this process. */
const running = new Set<string>();

const checkName = (name: string): string => {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 60) {
    throw new AisleError('invalid_input', 'Give the new data source a name of 1 to 60 characters.', { field: 'name' });
  }
  return trimmed;
};

/**
 * Imports a CSV (also .csv.gz) or Parquet file as a new local data source: one DuckDB file
 * with one table, `sales`, holding the mapped concepts, flags for cancellations, zero prices
 * and non-product lines, and every other column. The load is one transaction in a partial
 * file renamed into place at the end, so a failed or cancelled import leaves nothing behind.
 * Rows that cannot be read or typed are rejected and listed; more than half rejected fails.
 */
export const importFile = async (options: ImportOptions): Promise<ImportResult> => {
  const started = performance.now();
  const name = checkName(options.name);
  const { slug, path: finalPath } = importedSourcePath(options.dataDir, name);
  const taken = (): AisleError =>
    new AisleError(
      'invalid_input',
      `There is already a data source called "${name}" (or with a name that gives the same file, ${slug}.duckdb). Choose another name.`,
      { field: 'name' },
    );
  if (existsSync(finalPath) || running.has(finalPath)) throw taken();
  const throwIfAborted = (): void => {
    if (options.signal?.aborted) throw new AisleError('cancelled', CANCELLED);
  };
  throwIfAborted();
  const inputPath = resolve(options.path);
  const file = inspectFile(inputPath);

  let reported = 0;
  const report = (stage: string, fraction: number): void => {
    // DuckDB's own progress estimate can step back a little; a progress bar should not.
    reported = Math.max(reported, fraction);
    options.onProgress?.({ stage, fraction: reported });
  };
  const config: Record<string, string> = {};
  if (options.memoryLimit !== undefined) config['memory_limit'] = options.memoryLimit;
  if (options.threads !== undefined) config['threads'] = String(options.threads);
  const partialPath = `${finalPath}.partial-${process.pid}`;

  let readable: ReadablePath | null = null;
  let instance: DuckDBInstance | null = null;
  let connection: DuckDBConnection | null = null;
  const onAbort = (): void => connection?.interrupt();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  running.add(finalPath);
  try {
    report('Reading the file', 0);
    readable = readablePath(inputPath);
    const readPath = readable.path;
    const source = await withScratchDuckDb(config, (scratch) => inspectSource(scratch, readPath, file));
    throwIfAborted();
    report('Working out column types', 0.05);
    mkdirSync(dirname(finalPath), { recursive: true });
    removeDatabaseFiles(partialPath);
    instance = await DuckDBInstance.create(partialPath, { ...config, temp_directory: `${partialPath}.tmp` });
    connection = await instance.connect();
    await connection.run('BEGIN TRANSACTION');
    const outcome = await loadSales(connection, {
      source,
      path: inputPath,
      mapping: options.mapping,
      report,
      throwIfAborted,
    });

    report('Flagging and finishing', 0.87);
    const retyped = await retypeKeptColumns(connection, outcome.plan);
    const { notes, facts } = await importNotes(connection, {
      concepts: outcome.plan.concepts,
      mapping: outcome.mapping,
      revenueComputed: outcome.plan.revenueComputed,
      cancellationPrefix: outcome.cancellationPrefix,
      kept: outcome.plan.kept,
      retyped,
      before: [...(source.format === 'csv' ? source.encodingNotes : []), ...source.warnings, ...outcome.dateNotes],
      rowsRejected: outcome.rowsRejected,
      customerIdsHadDecimals: outcome.customerIdsHadDecimals,
    });
    throwIfAborted();
    await connection.run('COMMIT');
    await connection.run('CHECKPOINT');
    connection.closeSync();
    connection = null;
    instance.closeSync();
    instance = null;
    throwIfAborted();
    if (!moveIntoPlace(partialPath, finalPath)) throw taken();
    report('Done', 1);
    const period = facts.firstDate && facts.lastDate ? `, ${facts.firstDate} to ${facts.lastDate}` : '';
    return {
      source: {
        id: slug,
        name,
        kind: 'local',
        description: `Imported from ${basename(inputPath)}: ${outcome.rowsLoaded.toLocaleString('en-US')} sales lines${period}.`,
        currency: options.currency ?? null,
      },
      rowsRead: outcome.rowsLoaded + outcome.rowsRejected,
      rowsLoaded: outcome.rowsLoaded,
      rowsRejected: outcome.rowsRejected,
      mapping: outcome.mapping,
      notes,
      rejects: outcome.rejects,
      table: 'sales',
      path: finalPath,
      elapsedMs: performance.now() - started,
    };
  } catch (error) {
    if (options.signal?.aborted) throw new AisleError('cancelled', CANCELLED, { cause: error });
    if (error instanceof AisleError) throw error;
    throw fromDuckDbError(error);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    connection?.closeSync();
    instance?.closeSync();
    removeDatabaseFiles(partialPath);
    readable?.release();
    running.delete(finalPath);
  }
};
