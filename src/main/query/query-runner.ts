import { randomUUID } from 'node:crypto';
import type { JobProgress, MethodParsedInput, QueryResultMeta } from '../../shared/contract';
import type { Cache, ResultMeta, ResultWriter } from '../cache';
import { AisleError } from '../core/aisle-error';
import type { Log } from '../core/logger';
import type { SourceRegistry } from '../sources/source-registry';
import type { QueryProgress, QueryStream, Row, RunOptions, RunStats, Warehouse } from '../warehouse/warehouse';
import { engineOutcome, type EngineOutcome } from './engine-error';
import { runOfResult, type RunRecord } from './history-link';
import { formatRows, MAX_RESULT_ROWS } from './limits';
import { prepareRun, type PreparedRun } from './prepare-run';
import { toQueryResultMeta } from './result-meta';
import { untilAborted } from './until-aborted';

export type RunRequest = MethodParsedInput<'query.run'>;

export interface QueryRunnerDeps {
  cache: Cache;
  sources: Pick<SourceRegistry, 'find' | 'warehouse'>;
  onProgress: (progress: JobProgress) => void;
  log: Log;
  /** Rows kept of one result (MAX_RESULT_ROWS); tests lower it. */
  maxRows?: number;
  /** The hard byte limit for billed engines (Settings > Query cost); read at each run. */
  maximumBytesBilled?: () => number;
}

type Outcome = { status: 'complete' } | EngineOutcome;
type Emit = (progress: Omit<JobProgress, 'jobId'>) => void;

interface RunContext {
  request: RunRequest;
  sourceId: string;
  warehouse: Warehouse;
  prepared: PreparedRun;
  signal: AbortSignal;
  emit: Emit;
}

const resultNotFound = (): AisleError =>
  new AisleError('not_found', 'That result is no longer in the cache. Run the query again to see it.', {
    field: 'resultId',
  });

/**
 * Runs the SQL editor's statements: each run is recorded in history, streamed chunk by chunk
 * into a cached result (so a million rows never sit in memory at once; the editor pages them
 * with `query.rows`), reported as `job.progress` events under the caller's job id, and
 * cancellable by that id.
 */
export class QueryRunner {
  readonly #deps: QueryRunnerDeps;
  readonly #maxRows: number;
  readonly #jobs = new Map<string, { controller: AbortController; running: Promise<unknown> }>();

  constructor(deps: QueryRunnerDeps) {
    this.#deps = deps;
    this.#maxRows = deps.maxRows ?? MAX_RESULT_ROWS;
  }

  run(request: RunRequest): Promise<QueryResultMeta> {
    const jobId = request.jobId ?? `query-${randomUUID()}`;
    if (this.#jobs.has(jobId)) {
      throw new AisleError('invalid_input', `A query with job id "${jobId}" is already running; use another id.`, {
        field: 'jobId',
      });
    }
    const controller = new AbortController();
    const emit: Emit = (progress) => this.#deps.onProgress({ jobId, ...progress });
    const running = this.#open(request, controller.signal, emit).finally(() => this.#jobs.delete(jobId));
    this.#jobs.set(jobId, { controller, running });
    return running;
  }

  /** Asks a running query to stop; its run then returns with status `cancelled`. */
  cancel(jobId: string): boolean {
    const job = this.#jobs.get(jobId);
    if (!job || job.controller.signal.aborted) return false;
    job.controller.abort();
    return true;
  }

  /** Cancels every running query and waits until each has recorded how it ended. */
  async stop(): Promise<void> {
    const jobs = [...this.#jobs.values()];
    for (const job of jobs) job.controller.abort();
    await Promise.allSettled(jobs.map((job) => job.running));
  }

  result(resultId: string): QueryResultMeta {
    const meta = this.#deps.cache.results.get(resultId);
    if (meta === null) throw resultNotFound();
    return toQueryResultMeta(meta, runOfResult(this.#deps.cache, resultId), this.#maxRows);
  }

  rows(resultId: string, offset: number, limit: number): Row[] {
    return this.#deps.cache.results.readRows(resultId, offset, limit);
  }

  /** Everything before the engine runs; a problem here is an error for the caller, not a failed run. */
  async #open(request: RunRequest, signal: AbortSignal, emit: Emit): Promise<QueryResultMeta> {
    try {
      emit({ stage: 'Opening the data source', fraction: null, state: 'running' });
      const source = this.#deps.sources.find(request.sourceId);
      const warehouse = await untilAborted(this.#deps.sources.warehouse(source.id), signal);
      const prepared = prepareRun(request.sql, warehouse.dialect, request.params ?? {});
      return await this.#execute({ request, sourceId: source.id, warehouse, prepared, signal, emit });
    } catch (error) {
      if (error instanceof AisleError && error.code === 'cancelled') {
        emit({ stage: 'Query cancelled', fraction: null, state: 'cancelled', message: error.message });
      } else {
        const message = error instanceof AisleError ? error.message : 'Aisle could not run the query; see the log.';
        emit({ stage: 'Query failed', fraction: null, state: 'failed', message });
      }
      throw error;
    }
  }

  async #execute(context: RunContext): Promise<QueryResultMeta> {
    const { cache } = this.#deps;
    const { request, sourceId, warehouse, prepared, signal, emit } = context;
    const history = cache.history.add({ sourceId, sql: request.sql, params: prepared.params });
    const started = performance.now();
    let writer: ResultWriter | null = null;
    const onProgress = (progress: QueryProgress): void => {
      const rows = writer?.rowCount ?? 0;
      emit({
        stage: rows > 0 ? 'Fetching rows' : 'Running the query',
        fraction: progress.fraction,
        state: 'running',
        message: progress.detail ?? `${formatRows(rows)} so far`,
      });
    };
    const limit = this.#deps.maximumBytesBilled?.();
    const options: RunOptions = {
      signal,
      onProgress,
      ...(Object.keys(prepared.params).length > 0 ? { params: prepared.params } : {}),
      // Only engines that bill by bytes read it (BigQuery's maximumBytesBilled); DuckDB ignores it.
      ...(limit !== undefined ? { maximumBytesBilled: limit } : {}),
    };
    const begin = (columns: QueryStream['columns'], estimateBytes: number | null = null): ResultWriter =>
      cache.results.begin({ sourceId, sql: request.sql, params: prepared.params, columns, estimateBytes });

    try {
      emit({ stage: 'Running the query', fraction: null, state: 'running' });
      let stream: QueryStream;
      try {
        stream = await warehouse.stream(prepared.sql, options);
      } catch (error) {
        // The statement never produced a result: keep an empty one, so the failure has a page like any run.
        writer = begin([]);
        return this.#end(history, writer, engineOutcome(error, signal, this.#deps.log), started, emit);
      }
      // A billed engine's dry run happened inside `stream`; its bytes are known now.
      writer = begin(stream.columns, stream.stats?.().estimateBytes ?? null);
      cache.history.update(history.id, { resultId: writer.id });
      const outcome = await this.#store(stream, writer, signal);
      return this.#end(history, writer, outcome, started, emit, stream.stats?.());
    } catch (error) {
      this.#abandon(history.id, writer, error);
      throw error;
    }
  }

  /** Moves the rows into the cache chunk by chunk, up to the row limit. */
  async #store(stream: QueryStream, writer: ResultWriter, signal: AbortSignal): Promise<Outcome> {
    const iterator = stream.chunks()[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<Row[]>;
        try {
          next = await iterator.next();
        } catch (error) {
          return engineOutcome(error, signal, this.#deps.log);
        }
        if (next.done === true) return { status: 'complete' };
        const room = this.#maxRows - writer.rowCount;
        writer.append(next.value.length > room ? next.value.slice(0, room) : next.value);
        if (writer.rowCount >= this.#maxRows) return { status: 'complete' };
        if (signal.aborted) return { status: 'cancelled' };
      }
    } finally {
      // Stops the engine when the loop ended early (row limit, cancel, a cache error) and frees its connection.
      await iterator.return?.();
    }
  }

  #end(
    run: RunRecord,
    writer: ResultWriter,
    outcome: Outcome,
    started: number,
    emit: Emit,
    engineStats?: RunStats,
  ): QueryResultMeta {
    const stats = { elapsedMs: performance.now() - started, ...engineStats };
    let meta: ResultMeta;
    switch (outcome.status) {
      case 'complete':
        meta = writer.finish(stats);
        emit({ stage: 'Query complete', fraction: 1, state: 'done', message: formatRows(meta.rowCount) });
        break;
      case 'failed':
        meta = writer.fail(outcome.error, stats);
        emit({ stage: 'Query failed', fraction: null, state: 'failed', message: outcome.error });
        break;
      case 'cancelled':
        meta = writer.cancel(stats);
        emit({ stage: 'Query cancelled', fraction: null, state: 'cancelled', message: formatRows(meta.rowCount) });
        break;
    }
    this.#deps.cache.history.update(run.id, {
      status: meta.status,
      error: meta.error,
      finishedAt: meta.finishedAt,
      elapsedMs: meta.elapsedMs,
      rowCount: meta.rowCount,
      resultId: meta.id,
    });
    return toQueryResultMeta(meta, run, this.#maxRows);
  }

  /** Something other than the statement went wrong (the cache, most likely): leave nothing `running`. */
  #abandon(historyId: string, writer: ResultWriter | null, error: unknown): void {
    const message =
      error instanceof AisleError ? error.message : 'Aisle could not store this result; the log has the details.';
    try {
      writer?.fail(message);
    } catch {
      // Already ended, or its row is gone: the history entry below still records the failure.
    }
    try {
      this.#deps.cache.history.update(historyId, {
        status: 'failed',
        error: message,
        finishedAt: new Date().toISOString(),
      });
    } catch (cause) {
      this.#deps.log('could not record a failed query in history', cause);
    }
  }
}
