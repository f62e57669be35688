import type Database from 'better-sqlite3';
import { AisleError } from '../core/aisle-error';
import type { Row } from '../warehouse/warehouse';
import type { Clock } from './clock';
import { toFlag } from './query-status';
import type { ResultMeta } from './result-meta';
import { encodeRows } from './row-codec';
import { isForeignKeyViolation } from './sqlite-errors';

export interface FinishStats {
  /** The engine's own timing; measured from the start when absent. */
  elapsedMs?: number;
  bytesProcessed?: number | null;
  bytesBilled?: number | null;
  cacheHit?: boolean | null;
}

type EndStatus = 'complete' | 'failed' | 'cancelled';

interface PageParams {
  resultId: string;
  pageIndex: number;
  firstRow: number;
  rowCount: number;
  data: Buffer;
}

interface EndParams {
  id: string;
  status: EndStatus;
  error: string | null;
  finishedAt: string;
  elapsedMs: number;
  bytesProcessed: number | null;
  bytesBilled: number | null;
  cacheHit: number | null;
  rowCount: number;
}

export interface ResultWriterContext {
  db: Database.Database;
  id: string;
  pageSize: number;
  startedAt: string;
  clock: Clock;
  load: (id: string) => ResultMeta;
}

const gone = (cause: unknown): AisleError =>
  new AisleError(
    'not_found',
    'This result was removed from the cache (or closed by another Aisle window) while its query was running. Run the query again.',
    { cause },
  );

/**
 * Streams one result into the cache. Rows are buffered and written a full page at a time,
 * each page in its own small transaction together with the row count, so a crash loses at
 * most the page being filled, and a reader sees a consistent prefix while the query runs.
 */
export class ResultWriter {
  readonly id: string;
  readonly #context: ResultWriterContext;
  readonly #insertPage: Database.Statement<PageParams>;
  readonly #updateRowCount: Database.Statement<[number, string]>;
  readonly #end: Database.Statement<EndParams>;
  readonly #commitFullPage: () => void;
  #buffer: Row[] = [];
  #pageIndex = 0;
  #storedRows = 0;
  #closed = false;

  constructor(context: ResultWriterContext) {
    this.#context = context;
    this.id = context.id;
    const { db } = context;
    this.#insertPage = db.prepare(
      `INSERT INTO result_pages (result_id, page_index, first_row, row_count, data)
       VALUES (@resultId, @pageIndex, @firstRow, @rowCount, @data)`,
    );
    this.#updateRowCount = db.prepare('UPDATE query_results SET row_count = ? WHERE id = ?');
    this.#end = db.prepare(
      `UPDATE query_results
       SET status = @status, error = @error, finished_at = @finishedAt, elapsed_ms = @elapsedMs,
           bytes_processed = @bytesProcessed, bytes_billed = @bytesBilled, cache_hit = @cacheHit,
           row_count = @rowCount, writer_pid = NULL
       WHERE id = @id AND status = 'running'`,
    );
    this.#commitFullPage = db.transaction(() => {
      this.#writeBufferedPage();
      this.#updateRowCount.run(this.rowCount, this.id);
    });
  }

  /** Rows appended so far, including the ones still waiting for their page to fill. */
  get rowCount(): number {
    return this.#storedRows + this.#buffer.length;
  }

  append(rows: readonly Row[]): void {
    this.#assertOpen();
    const { pageSize } = this.#context;
    let next = 0;
    while (next < rows.length) {
      const take = Math.min(pageSize - this.#buffer.length, rows.length - next);
      for (const row of rows.slice(next, next + take)) this.#buffer.push(row);
      next += take;
      if (this.#buffer.length === pageSize) {
        this.#commitFullPage();
        this.#pageWritten();
      }
    }
  }

  finish(stats: FinishStats = {}): ResultMeta {
    return this.#endWith('complete', null, stats);
  }

  fail(message: string, stats: FinishStats = {}): ResultMeta {
    return this.#endWith('failed', message, stats);
  }

  cancel(stats: FinishStats = {}): ResultMeta {
    return this.#endWith('cancelled', null, stats);
  }

  #endWith(status: EndStatus, error: string | null, stats: FinishStats): ResultMeta {
    this.#assertOpen();
    const { clock, startedAt, db } = this.#context;
    const now = clock();
    const hasOpenPage = this.#buffer.length > 0;
    // The last (partial) page and the final state commit together: a reader never sees a
    // 'complete' result without all its rows.
    db.transaction(() => {
      if (hasOpenPage) this.#writeBufferedPage();
      const changed = this.#end.run({
        id: this.id,
        status,
        error,
        finishedAt: now.toISOString(),
        elapsedMs: Math.round(stats.elapsedMs ?? now.getTime() - Date.parse(startedAt)),
        bytesProcessed: stats.bytesProcessed ?? null,
        bytesBilled: stats.bytesBilled ?? null,
        cacheHit: toFlag(stats.cacheHit ?? null),
        rowCount: this.rowCount,
      }).changes;
      if (changed === 0) throw gone(undefined);
    })();
    if (hasOpenPage) this.#pageWritten();
    this.#closed = true;
    return this.#context.load(this.id);
  }

  #writeBufferedPage(): void {
    try {
      this.#insertPage.run({
        resultId: this.id,
        pageIndex: this.#pageIndex,
        firstRow: this.#storedRows,
        rowCount: this.#buffer.length,
        data: encodeRows(this.#buffer),
      });
    } catch (error) {
      throw isForeignKeyViolation(error) ? gone(error) : error;
    }
  }

  /** Advances the counters only once the page's transaction has committed. */
  #pageWritten(): void {
    this.#pageIndex += 1;
    this.#storedRows += this.#buffer.length;
    this.#buffer = [];
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error(`Result ${this.id} is already finished; start a new one to write more rows.`);
  }
}
