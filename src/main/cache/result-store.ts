import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AisleError } from '../core/aisle-error';
import type { CellValue, ColumnInfo, Row } from '../warehouse/warehouse';
import { isoNow, type Clock } from './clock';
import { toJsonText } from './json-column';
import { toResultMeta, type ResultMeta, type ResultRow } from './result-meta';
import { ResultWriter } from './result-writer';
import { decodeRows } from './row-codec';
import { addEquals, emptyFilter, paging, whereSql } from './sql-filter';

/** Rows per page: big enough that a page is one cheap read, small enough that a crash loses little. */
export const DEFAULT_PAGE_SIZE = 2_000;

export interface BeginResult {
  sourceId: string;
  sql: string;
  params?: Record<string, CellValue>;
  columns: ColumnInfo[];
  estimateBytes?: number | null;
}

export interface ResultListFilter {
  sourceId?: string;
  limit?: number;
  offset?: number;
}

export interface ResultStoreOptions {
  clock: Clock;
  pageSize?: number;
  /** Recorded with running results so another process can tell whether their writer is still alive. */
  pid?: number;
}

interface PageRow {
  first_row: number;
  data: Buffer;
}

const notFound = (): AisleError =>
  new AisleError('not_found', 'That result is no longer in the cache. Run the query again to see its rows.');

const checkWindow = (value: number, field: string): void => {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new AisleError('invalid_input', `"${field}" must be a whole number of rows, 0 or more.`, { field });
};

/** Query results with their rows, stored as pages so any window of a huge result reads fast. */
export class ResultStore {
  readonly #db: Database.Database;
  readonly #clock: Clock;
  readonly #pageSize: number;
  readonly #pid: number;
  readonly #insert: Database.Statement<Record<string, string | number | null>>;
  readonly #get: Database.Statement<[string], ResultRow>;
  readonly #size: Database.Statement<[string], { page_size: number; row_count: number }>;
  readonly #pages: Database.Statement<[string, number, number], PageRow>;
  readonly #remove: Database.Statement<[string]>;

  constructor(db: Database.Database, options: ResultStoreOptions) {
    this.#db = db;
    this.#clock = options.clock;
    this.#pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.#pid = options.pid ?? process.pid;
    if (!Number.isInteger(this.#pageSize) || this.#pageSize < 1) throw new Error('pageSize must be a positive integer');
    this.#insert = db.prepare(
      `INSERT INTO query_results (id, source_id, sql, params_json, columns_json, page_size, row_count, status,
                                  started_at, estimate_bytes, writer_pid)
       VALUES (@id, @sourceId, @sql, @params, @columns, @pageSize, 0, 'running', @startedAt, @estimateBytes, @pid)`,
    );
    this.#get = db.prepare('SELECT * FROM query_results WHERE id = ?');
    this.#size = db.prepare('SELECT page_size, row_count FROM query_results WHERE id = ?');
    this.#pages = db.prepare(
      `SELECT first_row, data FROM result_pages
       WHERE result_id = ? AND page_index BETWEEN ? AND ? ORDER BY page_index`,
    );
    this.#remove = db.prepare('DELETE FROM query_results WHERE id = ?');
  }

  /** Records a running result and returns the writer its rows go through. */
  begin(input: BeginResult): ResultWriter {
    const id = randomUUID();
    const startedAt = isoNow(this.#clock);
    this.#insert.run({
      id,
      sourceId: input.sourceId,
      sql: input.sql,
      params: toJsonText(input.params ?? {}),
      columns: toJsonText(input.columns.map(({ name, type }) => ({ name, type }))),
      pageSize: this.#pageSize,
      startedAt,
      estimateBytes: input.estimateBytes ?? null,
      pid: this.#pid,
    });
    return new ResultWriter({
      db: this.#db,
      id,
      pageSize: this.#pageSize,
      startedAt,
      clock: this.#clock,
      load: (resultId) => {
        const meta = this.get(resultId);
        if (meta === null) throw notFound();
        return meta;
      },
    });
  }

  get(id: string): ResultMeta | null {
    const row = this.#get.get(id);
    return row === undefined ? null : toResultMeta(row);
  }

  /**
   * Rows `offset` to `offset + limit` (fewer at the end, none past it), reading only the
   * pages that hold them. For a running result this is the committed prefix.
   */
  readRows(id: string, offset: number, limit: number): Row[] {
    checkWindow(offset, 'offset');
    checkWindow(limit, 'limit');
    // One read transaction: the size and the pages come from the same snapshot even while a
    // writer in another connection commits pages.
    return this.#db.transaction((): Row[] => {
      const size = this.#size.get(id);
      if (size === undefined) throw notFound();
      const end = Math.min(offset + limit, size.row_count);
      if (offset >= end) return [];
      const firstPage = Math.floor(offset / size.page_size);
      const lastPage = Math.floor((end - 1) / size.page_size);
      const rows: Row[] = [];
      for (const page of this.#pages.iterate(id, firstPage, lastPage)) {
        const pageRows = decodeRows(page.data);
        const from = Math.max(offset - page.first_row, 0);
        const to = Math.min(end - page.first_row, pageRows.length);
        for (let index = from; index < to; index += 1) {
          const row = pageRows[index];
          if (row !== undefined) rows.push(row);
        }
      }
      return rows;
    })();
  }

  /** Newest first. */
  list(filter: ResultListFilter = {}): ResultMeta[] {
    const where = emptyFilter();
    addEquals(where, 'source_id', filter.sourceId);
    const { limit, offset } = paging(filter.limit, filter.offset);
    return this.#db
      .prepare<Record<string, string | number>, ResultRow>(
        `SELECT * FROM query_results ${whereSql(where)} ORDER BY started_at DESC, rowid DESC LIMIT @limit OFFSET @offset`,
      )
      .all({ ...where.params, limit, offset })
      .map(toResultMeta);
  }

  /** Deletes the result and its pages; history entries and report versions keep their text but lose the link. */
  remove(id: string): boolean {
    return this.#remove.run(id).changes > 0;
  }
}
