import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { AisleError } from '../core/aisle-error';
import type { DatasetRef } from './bigquery-catalog';
import { isRetryable, JobFailedError, problemOf, type ErrorContext, type ErrorProto } from './bigquery-errors';
import { BigQuerySession, type BigQueryAccessOptions } from './bigquery-session';
import { cancelledError, withRetry } from './retry';
import type { DatasetResource } from './rest-types';

export interface PublishProgress {
  table: string;
  /** 0-based position of the table among those published. */
  index: number;
  total: number;
  stage: 'exporting' | 'uploading' | 'done';
}

export interface PublishDemoOptions extends BigQueryAccessOptions {
  /** The demo store's DuckDB file, opened read-only. Give `connect` instead when the file is already open in this process. */
  duckDbPath?: string;
  /** A connection to the open demo store (DuckDB allows one open instance per file and process). */
  connect?: () => Promise<DuckDBConnection>;
  /** Where the tables go; the dataset is created (in `location`) when missing. Load jobs bill to its project. */
  target: DatasetRef & { location: string };
  /** Tables of the DuckDB `main` schema to publish; default all. */
  tables?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (progress: PublishProgress) => void;
}

export interface PublishedTable {
  name: string;
  rows: number;
  /** Size of the Parquet file uploaded. */
  bytes: number;
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * A failed load job as the client reports it: an ApiError built from the job's `status`, so
 * without an HTTP code; its reason is in `errors[0]`.
 */
const asJobFailure = (error: unknown, table: string): unknown => {
  if (problemOf(error) !== null || typeof error !== 'object' || error === null) return error;
  const errors = (error as { errors?: unknown }).errors;
  const first = Array.isArray(errors) ? (errors[0] as ErrorProto | undefined) : undefined;
  return first?.reason ? new JobFailedError(`load ${table}`, first) : error;
};

const ensureDataset = async (session: BigQuerySession, target: PublishDemoOptions['target']): Promise<void> => {
  try {
    await session.call<DatasetResource>({ projectId: target.projectId, path: `/datasets/${target.datasetId}` });
    return;
  } catch (error) {
    if (problemOf(error)?.status !== 404) throw error;
  }
  try {
    await session.call<DatasetResource>({
      method: 'POST',
      projectId: target.projectId,
      path: '/datasets',
      json: {
        datasetReference: { projectId: target.projectId, datasetId: target.datasetId },
        location: target.location,
        description: 'The Aisle demo store (generated retail data), published by Aisle.',
        labels: { app: 'aisle' },
      },
    });
  } catch (error) {
    // Created meanwhile by someone else: fine.
    if (problemOf(error)?.status !== 409) throw error;
  }
};

/**
 * Publishes the demo store to BigQuery, so the same data can be explored there: each table is
 * exported from DuckDB to Parquet (`COPY … (FORMAT parquet)`, which keeps the types) and loaded
 * with a load job (`WRITE_TRUNCATE`, so publishing again replaces the tables). Cancelling stops
 * between tables.
 */
export const publishDemoStore = async (options: PublishDemoOptions): Promise<PublishedTable[]> => {
  const { target, signal } = options;
  const session = new BigQuerySession(options, target.projectId);
  const context: ErrorContext = { billingProject: target.projectId, dataset: target, action: 'catalog' };
  let instance: DuckDBInstance | null = null;
  let connection: DuckDBConnection;
  if (options.connect) {
    connection = await options.connect();
  } else if (options.duckDbPath) {
    instance = await DuckDBInstance.create(options.duckDbPath, { access_mode: 'READ_ONLY' });
    connection = await instance.connect();
  } else {
    throw new AisleError('invalid_input', 'Say which demo store to publish (its DuckDB file).');
  }
  const folder = await mkdtemp(join(tmpdir(), 'aisle-publish-'));
  try {
    const listed = await connection.runAndReadAll(
      `SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal AND NOT temporary
       ORDER BY table_name`,
    );
    const available = listed.getRows().map((row) => String(row[0]));
    const tables = options.tables ?? available;
    const missing = tables.filter((table) => !available.includes(table));
    if (missing.length > 0) {
      throw new AisleError('invalid_input', `The demo store has no table ${missing.join(', ')}.`);
    }
    await ensureDataset(session, target);
    const client = session.client();
    const dataset = client.dataset(target.datasetId, { projectId: target.projectId, location: target.location });
    const published: PublishedTable[] = [];
    for (const [index, table] of tables.entries()) {
      if (signal?.aborted) throw cancelledError();
      const report = (stage: PublishProgress['stage']): void =>
        options.onProgress?.({ table, index, total: tables.length, stage });
      report('exporting');
      const file = join(folder, `${table}.parquet`);
      const copied = await connection.runAndReadAll(
        `COPY (SELECT * FROM main.${quoteIdent(table)}) TO ${quoteLiteral(file)} (FORMAT parquet)`,
      );
      const rows = Number(copied.getRows()[0]?.[0] ?? 0);
      if (signal?.aborted) throw cancelledError();
      report('uploading');
      // WRITE_TRUNCATE makes a load safe to repeat, so a transient failure loads the file again.
      await withRetry(
        () =>
          dataset
            .table(table)
            .load(file, { sourceFormat: 'PARQUET', writeDisposition: 'WRITE_TRUNCATE' })
            .catch((error: unknown) => {
              throw asJobFailure(error, table);
            }),
        session.policy,
        { signal, shouldRetry: isRetryable },
      );
      published.push({ name: table, rows, bytes: (await stat(file)).size });
      report('done');
    }
    return published;
  } catch (error) {
    if (signal?.aborted) throw cancelledError();
    throw session.toError(error, context);
  } finally {
    await rm(folder, { recursive: true, force: true });
    connection.closeSync();
    instance?.closeSync();
  }
};
