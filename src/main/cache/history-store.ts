import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AisleError } from '../core/aisle-error';
import type { CellValue } from '../warehouse/warehouse';
import { isoNow, type Clock } from './clock';
import { readJsonColumn, toJsonText } from './json-column';
import { fromFlag, QueryStatus, toFlag } from './query-status';
import { Params } from './result-meta';
import { addEquals, addTextSearch, emptyFilter, paging, whereSql, type SqlFilter } from './sql-filter';
import { isForeignKeyViolation } from './sqlite-errors';

export interface HistoryEntry {
  id: string;
  sourceId: string;
  sql: string;
  params: Record<string, CellValue>;
  status: QueryStatus;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  elapsedMs: number | null;
  rowCount: number | null;
  bytesProcessed: number | null;
  bytesBilled: number | null;
  cacheHit: boolean | null;
  resultId: string | null;
}

type Outcome = Pick<
  HistoryEntry,
  | 'status'
  | 'error'
  | 'finishedAt'
  | 'elapsedMs'
  | 'rowCount'
  | 'bytesProcessed'
  | 'bytesBilled'
  | 'cacheHit'
  | 'resultId'
>;

export type HistoryPatch = Partial<Outcome>;

export type NewHistoryEntry = Pick<HistoryEntry, 'sourceId' | 'sql'> &
  Partial<Outcome> & { params?: Record<string, CellValue>; startedAt?: string };

export interface HistoryFilter {
  /** Words that must all appear in the SQL (case-insensitive for ASCII). */
  search?: string;
  statuses?: readonly QueryStatus[];
  sourceId?: string;
  /** Entries started at or after this time (ISO 8601). */
  from?: string;
  /** Entries started before this time (ISO 8601). */
  to?: string;
  limit?: number;
  offset?: number;
}

interface HistoryRow {
  id: string;
  source_id: string;
  sql: string;
  params_json: string;
  status: string;
  error: string | null;
  started_at: string;
  finished_at: string | null;
  elapsed_ms: number | null;
  row_count: number | null;
  bytes_processed: number | null;
  bytes_billed: number | null;
  cache_hit: number | null;
  result_id: string | null;
}

const toEntry = (row: HistoryRow): HistoryEntry => ({
  id: row.id,
  sourceId: row.source_id,
  sql: row.sql,
  params: readJsonColumn(Params, row.params_json, 'the parameters of a history entry'),
  status: QueryStatus.parse(row.status),
  error: row.error,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  elapsedMs: row.elapsed_ms,
  rowCount: row.row_count,
  bytesProcessed: row.bytes_processed,
  bytesBilled: row.bytes_billed,
  cacheHit: fromFlag(row.cache_hit),
  resultId: row.result_id,
});

/** Accepts any date-time JavaScript can parse and stores the canonical UTC form, so text order is time order. */
const isoTime = (value: string, field: string): string => {
  const time = new Date(value);
  if (Number.isNaN(time.getTime()))
    throw new AisleError('invalid_input', `"${value}" is not a date and time; use a form like 2026-11-05T14:30:00Z.`, {
      field,
    });
  return time.toISOString();
};

const outcomeParams = (outcome: Outcome): Record<string, string | number | null> => ({
  status: outcome.status,
  error: outcome.error,
  finishedAt: outcome.finishedAt === null ? null : isoTime(outcome.finishedAt, 'finishedAt'),
  elapsedMs: outcome.elapsedMs === null ? null : Math.round(outcome.elapsedMs),
  rowCount: outcome.rowCount,
  bytesProcessed: outcome.bytesProcessed,
  bytesBilled: outcome.bytesBilled,
  cacheHit: toFlag(outcome.cacheHit),
  resultId: outcome.resultId,
});

const missingResult = (cause: unknown): AisleError =>
  new AisleError('not_found', 'The result this history entry points to is no longer in the cache.', {
    cause,
    field: 'resultId',
  });

/** Every query run, newest first, searchable: the SQL editor's history panel. */
export class HistoryStore {
  readonly #db: Database.Database;
  readonly #clock: Clock;
  readonly #pid: number;
  readonly #insert: Database.Statement<Record<string, string | number | null>>;
  readonly #update: Database.Statement<Record<string, string | number | null>>;
  readonly #get: Database.Statement<[string], HistoryRow>;
  readonly #remove: Database.Statement<[string]>;

  constructor(db: Database.Database, options: { clock: Clock; pid?: number }) {
    this.#db = db;
    this.#clock = options.clock;
    this.#pid = options.pid ?? process.pid;
    this.#insert = db.prepare(
      `INSERT INTO query_history (id, source_id, sql, params_json, status, error, started_at, finished_at, elapsed_ms,
                                  row_count, bytes_processed, bytes_billed, cache_hit, result_id, writer_pid)
       VALUES (@id, @sourceId, @sql, @params, @status, @error, @startedAt, @finishedAt, @elapsedMs,
               @rowCount, @bytesProcessed, @bytesBilled, @cacheHit, @resultId, @pid)`,
    );
    this.#update = db.prepare(
      `UPDATE query_history
       SET status = @status, error = @error, finished_at = @finishedAt, elapsed_ms = @elapsedMs, row_count = @rowCount,
           bytes_processed = @bytesProcessed, bytes_billed = @bytesBilled, cache_hit = @cacheHit, result_id = @resultId,
           writer_pid = CASE WHEN @status = 'running' THEN writer_pid END
       WHERE id = @id`,
    );
    this.#get = db.prepare('SELECT * FROM query_history WHERE id = ?');
    this.#remove = db.prepare('DELETE FROM query_history WHERE id = ?');
  }

  add(entry: NewHistoryEntry): HistoryEntry {
    const id = randomUUID();
    const outcome: Outcome = {
      status: entry.status ?? 'running',
      error: entry.error ?? null,
      finishedAt: entry.finishedAt ?? null,
      elapsedMs: entry.elapsedMs ?? null,
      rowCount: entry.rowCount ?? null,
      bytesProcessed: entry.bytesProcessed ?? null,
      bytesBilled: entry.bytesBilled ?? null,
      cacheHit: entry.cacheHit ?? null,
      resultId: entry.resultId ?? null,
    };
    try {
      this.#insert.run({
        id,
        sourceId: entry.sourceId,
        sql: entry.sql,
        params: toJsonText(entry.params ?? {}),
        startedAt: entry.startedAt === undefined ? isoNow(this.#clock) : isoTime(entry.startedAt, 'startedAt'),
        pid: outcome.status === 'running' ? this.#pid : null,
        ...outcomeParams(outcome),
      });
    } catch (error) {
      throw isForeignKeyViolation(error) ? missingResult(error) : error;
    }
    return this.#require(id);
  }

  /** Changes the outcome fields given in `patch` and keeps the rest. */
  update(id: string, patch: HistoryPatch): HistoryEntry {
    return this.#db.transaction(() => {
      const current = this.#require(id);
      try {
        this.#update.run({ id, ...outcomeParams({ ...current, ...patch }) });
      } catch (error) {
        throw isForeignKeyViolation(error) ? missingResult(error) : error;
      }
      return this.#require(id);
    })();
  }

  get(id: string): HistoryEntry | null {
    const row = this.#get.get(id);
    return row === undefined ? null : toEntry(row);
  }

  /** Newest first. */
  list(filter: HistoryFilter = {}): HistoryEntry[] {
    const where = this.#where(filter);
    const { limit, offset } = paging(filter.limit, filter.offset);
    return this.#db
      .prepare<Record<string, string | number>, HistoryRow>(
        `SELECT * FROM query_history ${whereSql(where)}
         ORDER BY started_at DESC, rowid DESC LIMIT @limit OFFSET @offset`,
      )
      .all({ ...where.params, limit, offset })
      .map(toEntry);
  }

  /** How many entries match `filter` (ignoring its limit and offset), for paging controls. */
  count(filter: HistoryFilter = {}): number {
    const where = this.#where(filter);
    const row = this.#db
      .prepare<Record<string, string | number>, { n: number }>(
        `SELECT count(*) AS n FROM query_history ${whereSql(where)}`,
      )
      .get(where.params);
    return row?.n ?? 0;
  }

  remove(id: string): boolean {
    return this.#remove.run(id).changes > 0;
  }

  #where(filter: HistoryFilter): SqlFilter {
    const where = emptyFilter();
    addEquals(where, 'source_id', filter.sourceId);
    addTextSearch(where, 'sql', filter.search);
    if (filter.statuses !== undefined) {
      const names = filter.statuses.map((status, index) => {
        where.params[`s${index}`] = QueryStatus.parse(status);
        return `@s${index}`;
      });
      // An empty list matches nothing, as "none of these statuses" should.
      where.clauses.push(names.length === 0 ? '0' : `status IN (${names.join(', ')})`);
    }
    if (filter.from !== undefined) {
      where.clauses.push('started_at >= @from');
      where.params['from'] = isoTime(filter.from, 'from');
    }
    if (filter.to !== undefined) {
      where.clauses.push('started_at < @to');
      where.params['to'] = isoTime(filter.to, 'to');
    }
    return where;
  }

  #require(id: string): HistoryEntry {
    const entry = this.get(id);
    if (entry === null)
      throw new AisleError('not_found', 'That history entry no longer exists; it may have been cleared.');
    return entry;
  }
}
