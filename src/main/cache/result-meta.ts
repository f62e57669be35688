import { z } from 'zod';
import type { CellValue, ColumnInfo } from '../warehouse/warehouse';
import { JsonValue, readJsonColumn } from './json-column';
import { fromFlag, QueryStatus } from './query-status';

/** What the cache knows about one stored result, without its rows. */
export interface ResultMeta {
  id: string;
  sourceId: string;
  sql: string;
  params: Record<string, CellValue>;
  columns: ColumnInfo[];
  /** Rows stored so far (for a running result: the rows of its committed pages). */
  rowCount: number;
  pageSize: number;
  status: QueryStatus;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  elapsedMs: number | null;
  bytesProcessed: number | null;
  bytesBilled: number | null;
  cacheHit: boolean | null;
  estimateBytes: number | null;
}

/** A `query_results` row as better-sqlite3 returns it. */
export interface ResultRow {
  id: string;
  source_id: string;
  sql: string;
  params_json: string;
  columns_json: string;
  page_size: number;
  row_count: number;
  status: string;
  error: string | null;
  started_at: string;
  finished_at: string | null;
  elapsed_ms: number | null;
  bytes_processed: number | null;
  bytes_billed: number | null;
  cache_hit: number | null;
  estimate_bytes: number | null;
}

export const Params = z.record(z.string(), JsonValue);
const Columns = z.array(z.object({ name: z.string(), type: z.string() }));

export const toResultMeta = (row: ResultRow): ResultMeta => ({
  id: row.id,
  sourceId: row.source_id,
  sql: row.sql,
  params: readJsonColumn(Params, row.params_json, 'the parameters of a cached result'),
  columns: readJsonColumn(Columns, row.columns_json, 'the columns of a cached result'),
  rowCount: row.row_count,
  pageSize: row.page_size,
  status: QueryStatus.parse(row.status),
  error: row.error,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  elapsedMs: row.elapsed_ms,
  bytesProcessed: row.bytes_processed,
  bytesBilled: row.bytes_billed,
  cacheHit: fromFlag(row.cache_hit),
  estimateBytes: row.estimate_bytes,
});
