/**
 * A warehouse runs SQL for one data source. Two implementations: `local` (DuckDB, this
 * folder) and `bigquery` (a later stage). Everything above this interface (the SQL editor,
 * Ask, forecasts, the cache) is written against it.
 */
export type SqlDialect = 'duckdb' | 'bigquery';

export interface ColumnInfo {
  name: string;
  /** The engine's own type name (DuckDB `BIGINT`, `TIMESTAMP`; BigQuery `INT64`, …). */
  type: string;
}

/**
 * A value as Aisle carries it: JSON-safe. Integers beyond 2^53 arrive as strings, decimals as
 * numbers; dates as `YYYY-MM-DD`; timestamps as `YYYY-MM-DD HH:MM:SS[.ffffff]`; nested values
 * as arrays and plain objects.
 */
export type CellValue = string | number | boolean | null | CellValue[] | { [key: string]: CellValue };
export type Row = CellValue[];

export interface QueryProgress {
  /** 0..1 when the engine can tell, null otherwise. */
  fraction: number | null;
  rowsProduced: number;
  elapsedMs: number;
  /** A short engine-specific line for people, e.g. "Running · 1.2 GB processed · 3 s of slot time". */
  detail?: string;
}

/** A query parameter: scalars only, as both engines bind them. */
export type ParamValue = string | number | boolean | null;

export interface RunOptions {
  /** Named parameters, referenced as `$name` (DuckDB) or `@name` (BigQuery). */
  params?: Record<string, ParamValue>;
  /** Cancels the query; the run rejects with an AisleError of code `cancelled`. */
  signal?: AbortSignal;
  onProgress?: (progress: QueryProgress) => void;
  /** Engines that bill by bytes refuse (without charge) a query that would bill more. */
  maximumBytesBilled?: number;
}

/** What a billed engine reports about a finished run (BigQuery's job statistics). */
export interface RunStats {
  bytesProcessed: number | null;
  bytesBilled: number | null;
  cacheHit: boolean | null;
  /** The dry run's bytes, taken before the job started. */
  estimateBytes: number | null;
}

/** A running query whose rows arrive in chunks, so large results never sit in memory whole. */
export interface QueryStream {
  columns: ColumnInfo[];
  chunks(): AsyncIterable<Row[]>;
  /** The run's statistics; meaningful once `chunks()` has finished. Absent for engines that bill nothing. */
  stats?(): RunStats;
}

export interface QueryResult {
  columns: ColumnInfo[];
  rows: Row[];
  elapsedMs: number;
}

export interface Estimate {
  /** Bytes the query would scan, when the engine can say (BigQuery dry run). */
  bytesProcessed: number | null;
  /** Rows the planner expects, when the engine can say (DuckDB EXPLAIN). */
  estimatedRows: number | null;
  statementType: string;
  /** Whether the statement only reads. */
  readOnly: boolean;
}

export interface TableInfo {
  schema: string;
  name: string;
  rowCount: number;
  columns: ColumnInfo[];
  /** Stored size, where the engine reports it (BigQuery `numBytes`). */
  sizeBytes?: number | null;
}

export interface Warehouse {
  readonly dialect: SqlDialect;
  /** Streams the rows of one statement. */
  stream(sql: string, options?: RunOptions): Promise<QueryStream>;
  /** Runs one statement and collects every row: for small results. */
  query(sql: string, options?: RunOptions): Promise<QueryResult>;
  /** `params`: values for named parameters, so a billed engine can estimate what will really run. */
  estimate(sql: string, params?: Record<string, ParamValue>): Promise<Estimate>;
  listTables(): Promise<TableInfo[]>;
  close(): Promise<void>;
}
