import { DuckDBConnection, DuckDBInstance, StatementType, type DuckDBResult } from '@duckdb/node-api';
import { AisleError } from '../core/aisle-error';
import { cellConverter } from './duckdb-values';
import { fromDuckDbError } from './duckdb-errors';
import type {
  ColumnInfo,
  Estimate,
  QueryProgress,
  QueryResult,
  QueryStream,
  RunOptions,
  Row,
  TableInfo,
  Warehouse,
} from './warehouse';

const PROGRESS_INTERVAL_MS = 100;
const CLOSE_WAIT_MS = 3000;
const INTERRUPT_REPEAT_MS = 50;

const readOnlyStatements = new Set<StatementType>([
  StatementType.SELECT,
  StatementType.EXPLAIN,
  StatementType.PRAGMA,
  StatementType.RELATION,
]);

export interface DuckDbWarehouseOptions {
  readOnly?: boolean;
  /** DuckDB's worker threads; defaults to DuckDB's own choice (all cores). */
  threads?: number;
}

/**
 * The local warehouse: one DuckDB database file. DuckDB runs queries on its own threads, so
 * a long query never blocks Node's event loop (the UI stays responsive); each query gets its
 * own connection so cancelling one interrupts only that one.
 */
export class DuckDbWarehouse implements Warehouse {
  readonly dialect = 'duckdb' as const;
  readonly #instance: DuckDBInstance;
  readonly #open = new Set<DuckDBConnection>();

  private constructor(instance: DuckDBInstance) {
    this.#instance = instance;
  }

  static async open(path: string, options: DuckDbWarehouseOptions = {}): Promise<DuckDbWarehouse> {
    const config: Record<string, string> = {};
    if (options.readOnly) config['access_mode'] = 'READ_ONLY';
    if (options.threads) config['threads'] = String(options.threads);
    try {
      return new DuckDbWarehouse(await DuckDBInstance.create(path, config));
    } catch (error) {
      throw fromDuckDbError(error);
    }
  }

  /** A connection for work that needs more than one statement (generation, import). */
  async connect(): Promise<DuckDBConnection> {
    return this.#instance.connect();
  }

  async stream(sql: string, options: RunOptions = {}): Promise<QueryStream> {
    if (options.signal?.aborted) throw new AisleError('cancelled', 'The query was cancelled.');
    const connection = await this.#instance.connect();
    this.#open.add(connection);
    // Progress is only tracked when the (session-level) progress bar is on; printing stays off.
    if (options.onProgress)
      await connection.run(
        'SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET progress_bar_time = 0',
      );
    const started = performance.now();
    let rowsProduced = 0;
    const report = (): void => {
      const { percentage } = connection.progress;
      options.onProgress?.({
        fraction: percentage >= 0 ? Math.min(1, percentage / 100) : null,
        rowsProduced,
        elapsedMs: performance.now() - started,
      } satisfies QueryProgress);
    };
    const timer = options.onProgress ? setInterval(report, PROGRESS_INTERVAL_MS) : undefined;
    // DuckDB clears a connection's interrupt flag when a query starts, so an interrupt that
    // lands while the statement is still being prepared is lost: keep interrupting until the
    // query has let go of the connection.
    let interrupting: NodeJS.Timeout | undefined;
    const onAbort = (): void => {
      connection.interrupt();
      interrupting = setInterval(() => connection.interrupt(), INTERRUPT_REPEAT_MS);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const release = (): void => {
      clearInterval(timer);
      clearInterval(interrupting);
      options.signal?.removeEventListener('abort', onAbort);
      this.#open.delete(connection);
      connection.closeSync();
    };

    // An abort that came while the connection was being set up found no listener yet.
    if (options.signal?.aborted) {
      release();
      throw new AisleError('cancelled', 'The query was cancelled.');
    }

    let result: DuckDBResult;
    try {
      result = await connection.stream(sql, options.params);
    } catch (error) {
      release();
      throw fromDuckDbError(error);
    }
    const columns: ColumnInfo[] = result.columnNames().map((name, index) => ({
      name,
      type: result.columnType(index).toString(),
    }));

    async function* chunks(): AsyncGenerator<Row[]> {
      try {
        for (;;) {
          const chunk = await result.fetchChunk();
          if (!chunk || chunk.rowCount === 0) break;
          rowsProduced += chunk.rowCount;
          // DuckDB's Json type and our CellValue describe the same JSON values.
          yield chunk.convertRows(cellConverter);
        }
        if (options.signal?.aborted) throw new AisleError('cancelled', 'The query was cancelled.');
        if (timer) report();
      } catch (error) {
        throw error instanceof AisleError ? error : fromDuckDbError(error);
      } finally {
        release();
      }
    }
    return { columns, chunks };
  }

  async query(sql: string, options: RunOptions = {}): Promise<QueryResult> {
    const started = performance.now();
    const stream = await this.stream(sql, options);
    const rows: Row[] = [];
    for await (const chunk of stream.chunks()) rows.push(...chunk);
    return { columns: stream.columns, rows, elapsedMs: performance.now() - started };
  }

  async estimate(sql: string): Promise<Estimate> {
    const connection = await this.#instance.connect();
    try {
      const statements = await connection.extractStatements(sql);
      if (statements.count !== 1) {
        throw new AisleError('invalid_input', `Estimate one statement at a time (this text has ${statements.count}).`);
      }
      const prepared = await statements.prepare(0);
      const type = prepared.statementType;
      const readOnly = readOnlyStatements.has(type);
      let estimatedRows: number | null = null;
      if (type === StatementType.SELECT) {
        const plan = await connection.runAndReadAll(`EXPLAIN (FORMAT JSON) ${sql}`);
        estimatedRows = estimatedCardinality(
          plan
            .getRowsJson()
            .map((row) => (typeof row[1] === 'string' ? row[1] : ''))
            .join(''),
        );
      }
      return { bytesProcessed: null, estimatedRows, statementType: StatementType[type], readOnly };
    } catch (error) {
      throw error instanceof AisleError ? error : fromDuckDbError(error);
    } finally {
      connection.closeSync();
    }
  }

  async listTables(): Promise<TableInfo[]> {
    const tables = await this.query(
      `SELECT schema_name, table_name FROM duckdb_tables() WHERE NOT internal AND NOT temporary
       ORDER BY schema_name, table_name`,
    );
    const columns = await this.query(
      `SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns()
       WHERE NOT internal ORDER BY schema_name, table_name, column_index`,
    );
    const result: TableInfo[] = [];
    for (const [schema, name] of tables.rows as [string, string][]) {
      const counted = await this.query(`SELECT count(*) FROM ${quoteIdent(schema)}.${quoteIdent(name)}`);
      result.push({
        schema,
        name,
        rowCount: Number(counted.rows[0]?.[0] ?? 0),
        columns: (columns.rows as [string, string, string, string][])
          .filter(([s, t]) => s === schema && t === name)
          .map(([, , column, type]) => ({ name: column, type })),
      });
    }
    return result;
  }

  /**
   * Interrupts running queries and waits (briefly) for them to let go of their connections
   * before closing: closing the instance under a running query would block until it ended.
   */
  async close(): Promise<void> {
    for (const connection of this.#open) connection.interrupt();
    const deadline = Date.now() + CLOSE_WAIT_MS;
    while (this.#open.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    this.#instance.closeSync();
  }
}

/** DuckDB identifiers: double quotes, doubled inside. */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The root operator's "Estimated Cardinality" from EXPLAIN (FORMAT JSON), when present. */
const estimatedCardinality = (planJson: string): number | null => {
  const match = /"Estimated Cardinality":\s*"?~?(\d+)/.exec(planJson);
  return match?.[1] ? Number(match[1]) : null;
};
