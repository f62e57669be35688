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
  /**
   * Where the tables go; the dataset is created (in `location`) when missing. A dataset that exists
   * keeps its own location, and the tables are loaded there. Load jobs bill to its project.
   */
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

export interface PublishDemoResult {
  tables: PublishedTable[];
  /** Where the dataset lives, so where the tables were loaded: the existing dataset's location, or `target.location`. */
  location: string;
  /** Says that the dataset already existed in another location than `target.location`, and the tables went there; null otherwise. */
  locationNote: string | null;
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

/** Where the target dataset lives: its own location when it exists; made in `target.location` when missing. */
const ensureDataset = async (session: BigQuerySession, target: PublishDemoOptions['target']): Promise<string> => {
  const existingLocation = async (): Promise<string> => {
    const dataset = await session.call<DatasetResource>({
      projectId: target.projectId,
      path: `/datasets/${target.datasetId}`,
    });
    return dataset.location ?? target.location;
  };
  try {
    return await existingLocation();
  } catch (error) {
    if (problemOf(error)?.status !== 404) throw error;
  }
  try {
    const created = await session.call<DatasetResource>({
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
    return created.location ?? target.location;
  } catch (error) {
    if (problemOf(error)?.status !== 409) throw error;
  }
  // Created meanwhile by someone else, in a location of their choosing.
  return existingLocation();
};

const sameLocation = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Publishes the demo store to BigQuery, so the same data can be explored there: each table is
 * exported from DuckDB to Parquet (`COPY … (FORMAT parquet)`, which keeps the types) and loaded
 * with a load job (`WRITE_TRUNCATE`, so publishing again replaces the tables) in the dataset's
 * location, which is the existing dataset's own when it differs from `target.location` (the result
 * says so). Cancelling stops between tables.
 */
export const publishDemoStore = async (options: PublishDemoOptions): Promise<PublishDemoResult> => {
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
    const location = await ensureDataset(session, target);
    context.location = location;
    // The load jobs run in the dataset's real location: the client puts it in each job's reference.
    const client = session.client();
    const dataset = client.dataset(target.datasetId, { projectId: target.projectId, location });
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
    const locationNote = sameLocation(location, target.location)
      ? null
      : `Dataset ${target.projectId}.${target.datasetId} already exists in location ${location}, so the tables were ` +
        `published there, not in ${target.location}.`;
    return { tables: published, location, locationNote };
  } catch (error) {
    if (signal?.aborted) throw cancelledError();
    throw session.toError(error, context);
  } finally {
    await rm(folder, { recursive: true, force: true });
    connection.closeSync();
    instance?.closeSync();
  }
};
