import { randomUUID } from 'node:crypto';
import type { BigQuery } from '@google-cloud/bigquery';
import { replaceNamedParams } from '../../shared/sql';
import { AisleError } from '../core/aisle-error';
import type {
  ColumnInfo,
  Estimate,
  ParamValue,
  QueryResult,
  QueryStream,
  Row,
  RunOptions,
  RunStats,
  TableInfo,
  Warehouse,
} from '../warehouse/warehouse';
import { datasetLocation, listDatasetTables, type DatasetRef } from './bigquery-catalog';
import type { RestRequest } from './bigquery-client';
import {
  isRetryable,
  JobFailedError,
  overLimitMessage,
  partlyAppliedError,
  problemOf,
  type ErrorContext,
} from './bigquery-errors';
import { BigQuerySession, type BigQueryAccessOptions } from './bigquery-session';
import { columnsOf, convertRows, toQueryParameters } from './bigquery-values';
import { failedJob, progressOf } from './bigquery-job-progress';
import { JobStopper, mayHaveStarted, sleepFor, type JobRef, type RunningJob } from './bigquery-job-stopper';
import { cancelledError, untilAborted, withRetry } from './retry';
import { count, type JobReference, type JobResource, type QueryResultsResponse } from './rest-types';

export interface BigQueryWarehouseOptions extends BigQueryAccessOptions {
  /** The project jobs run and bill in. */
  billingProject: string;
  /** The dataset whose tables the schema browser lists and unqualified names resolve to (defaultDataset on jobs). */
  dataset: DatasetRef;
  /** Dataset location ('US', 'EU', 'europe-west2'...); looked up with datasets.get when absent. */
  location?: string | undefined;
  /** How often a running job is polled (default 1 s; getQueryResults also waits up to this long server-side). */
  pollIntervalMs?: number | undefined;
  /** Rows per page of results (default 10,000). */
  pageSize?: number | undefined;
}

const DEFAULT_POLL_MS = 1000;
const DEFAULT_PAGE_SIZE = 10_000;
/** How long close() waits for the cancels of running jobs. */
const CLOSE_WAIT_MS = 10_000;
/** Every job carries this label, so a project's admin can tell Aisle's jobs (and their cost) apart. */
export const JOB_LABELS = { app: 'aisle' } as const;
/** Partial response for polls: the job's state and the statistics progress shows, not its configuration. */
const POLL_FIELDS =
  'jobReference,status,statistics(totalBytesProcessed,totalSlotMs,query(totalBytesProcessed,totalBytesBilled,cacheHit,statementType,totalSlotMs))';

interface DryRun {
  bytes: number;
  statementType: string;
}

/** A job that finished, with the first page of its rows. */
interface FinishedJob {
  reference: JobRef;
  first: QueryResultsResponse;
  job: JobResource;
}

/**
 * A BigQuery dataset as a warehouse. Each statement is dry-run first (bytes, statement type, the
 * cost guard), then inserted as a labelled job with a client-made id (a retried insert cannot
 * start it twice), polled until done with progress, and read page by page from getQueryResults.
 * Transient failures are retried with backoff; a query (SELECT) whose job fails for a transient
 * reason runs again as a new job (a script or DML statement does not: it may have partly applied).
 * Cancelling cancels the job and waits until BigQuery confirms it stopped; a run that fails for
 * another reason after its job started (sign-in revoked, network gone) asks BigQuery to cancel it,
 * and close() cancels the jobs still running.
 */
export class BigQueryWarehouse implements Warehouse {
  readonly dialect = 'bigquery' as const;
  readonly #options: BigQueryWarehouseOptions;
  readonly #session: BigQuerySession;
  readonly #pollMs: number;
  readonly #pageSize: number;
  /** Known once given, looked up, or corrected after BigQuery said the dataset lives elsewhere. */
  #location: string | null;
  /** Jobs inserted and not yet seen to end. */
  readonly #running = new Set<RunningJob>();
  readonly #stopper: JobStopper;
  #closed = false;

  constructor(options: BigQueryWarehouseOptions) {
    this.#options = options;
    this.#session = new BigQuerySession(options, options.billingProject);
    this.#pollMs = options.pollIntervalMs ?? DEFAULT_POLL_MS;
    this.#pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.#location = options.location ?? null;
    this.#stopper = new JobStopper({
      session: this.#session,
      billingProject: options.billingProject,
      pollMs: this.#pollMs,
      getJob: (reference, signal, client) => this.#getJob(reference, signal, client),
    });
  }

  #context(): ErrorContext {
    return {
      billingProject: this.#options.billingProject,
      dataset: this.#options.dataset,
      location: this.#location,
      action: 'query',
    };
  }

  #fail(error: unknown, signal?: AbortSignal): AisleError {
    if (signal?.aborted) return cancelledError();
    return this.#session.toError(error, this.#context());
  }

  /**
   * The location jobs run in. Looked up once when not given; when the dataset cannot be read
   * (403, 404) jobs go without one and BigQuery picks it from the tables the query names (and
   * reports the real problem in the dry run).
   */
  async #resolveLocation(signal?: AbortSignal): Promise<string | null> {
    if (this.#location !== null) return this.#location;
    try {
      this.#location = await datasetLocation(this.#session, this.#options.dataset, signal);
    } catch (error) {
      const status = problemOf(error)?.status;
      if (status !== 403 && status !== 404) throw error;
      this.#session.log(`Could not look up where dataset ${this.#options.dataset.datasetId} lives (HTTP ${status})`);
    }
    return this.#location;
  }

  /**
   * Runs `work` in the dataset's location. BigQuery answers "Not found: Dataset p:d was not found
   * in location X" when a job runs where the data is not; that dataset's real location is then
   * looked up and the work runs once more there. The warehouse keeps the location when the
   * dataset is its own (the configured one was wrong); a query of another dataset only runs there.
   */
  async #inLocation<T>(work: (location: string | null) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const location = await this.#resolveLocation(signal);
    try {
      return await work(location);
    } catch (error) {
      const elsewhere = /Not found: Dataset ([^:\s]+):(\S+) was not found in location/.exec(
        problemOf(error)?.message ?? '',
      );
      if (!elsewhere?.[1] || !elsewhere[2]) throw error;
      const named = { projectId: elsewhere[1], datasetId: elsewhere[2] };
      // A dataset that does not exist at all fails here, with the plainer "not found".
      const actual = await datasetLocation(this.#session, named, signal);
      if (actual === null || actual.toLowerCase() === location?.toLowerCase()) throw error;
      const { dataset } = this.#options;
      if (named.projectId === dataset.projectId && named.datasetId === dataset.datasetId) {
        this.#session.log(
          `BigQuery dataset ${dataset.datasetId} lives in ${actual}, not ${location ?? '?'}; using ${actual}`,
        );
        this.#location = actual;
      }
      return work(actual);
    }
  }

  #queryConfiguration(sql: string, options: RunOptions): Record<string, unknown> {
    const parameters = toQueryParameters(options.params);
    return {
      query: sql,
      useLegacySql: false,
      defaultDataset: { projectId: this.#options.dataset.projectId, datasetId: this.#options.dataset.datasetId },
      ...(parameters.length > 0 ? { parameterMode: 'NAMED', queryParameters: parameters } : {}),
    };
  }

  async #dryRun(sql: string, options: RunOptions, location: string | null, signal?: AbortSignal): Promise<DryRun> {
    const job = await this.#session.call<JobResource>(
      {
        method: 'POST',
        projectId: this.#options.billingProject,
        path: '/jobs',
        json: {
          jobReference: { projectId: this.#options.billingProject, ...(location ? { location } : {}) },
          configuration: { dryRun: true, labels: JOB_LABELS, query: this.#queryConfiguration(sql, options) },
        },
      },
      signal,
    );
    const statistics = job.statistics;
    return {
      bytes: count(statistics?.query?.totalBytesProcessed ?? statistics?.totalBytesProcessed) ?? 0,
      statementType: statistics?.query?.statementType ?? 'UNKNOWN',
    };
  }

  /**
   * The dry run alone. Parameters with a value in `params` are sent with it, as a run sends them,
   * so the bytes are those the run would scan (partition pruning depends on the values). The
   * editor also estimates text whose parameters have no values yet; BigQuery refuses undeclared
   * parameters, so each `@name` without a value is planned as an (untyped) NULL, padded to the
   * parameter's width so BigQuery's `[line:col]` still points into the text as typed. A NULL
   * filter can prune every partition, so such an estimate may read far fewer bytes than the run.
   */
  async estimate(sql: string, params?: Record<string, ParamValue>): Promise<Estimate> {
    // BigQuery's parameter names ignore case, as findNamedParams does.
    const given = new Map(Object.entries(params ?? {}).map(([name, value]) => [name.toLowerCase(), { name, value }]));
    const sent: Record<string, ParamValue> = {};
    const planned = replaceNamedParams(sql, 'bigquery', (name) => {
      const param = given.get(name.toLowerCase());
      if (!param) return 'NULL'.padEnd(name.length + 1);
      sent[param.name] = param.value;
      return `@${name}`;
    });
    try {
      const dry = await this.#inLocation((location) => this.#dryRun(planned, { params: sent }, location));
      return {
        bytesProcessed: dry.bytes,
        estimatedRows: null,
        statementType: dry.statementType,
        readOnly: dry.statementType === 'SELECT',
      };
    } catch (error) {
      throw this.#fail(error);
    }
  }

  async stream(sql: string, options: RunOptions = {}): Promise<QueryStream> {
    const { signal } = options;
    if (signal?.aborted || this.#closed) throw cancelledError();
    const started = performance.now();
    let finished: FinishedJob;
    let dry: DryRun;
    try {
      ({ dry, finished } = await this.#inLocation(async (location) => {
        const dryRun = await this.#dryRun(sql, options, location, signal);
        const limit = options.maximumBytesBilled;
        if (limit !== undefined && dryRun.bytes > limit) {
          throw new AisleError('invalid_input', overLimitMessage(dryRun.bytes, limit, 'process'));
        }
        return { dry: dryRun, finished: await this.#runJob(sql, options, location, started, dryRun) };
      }, signal));
    } catch (error) {
      throw this.#fail(error, signal);
    }

    const { reference, first, job } = finished;
    const schema = first.schema;
    const columns: ColumnInfo[] = columnsOf(schema);
    const stats: RunStats = {
      bytesProcessed: count(job.statistics?.query?.totalBytesProcessed ?? job.statistics?.totalBytesProcessed),
      bytesBilled: count(job.statistics?.query?.totalBytesBilled),
      cacheHit: job.statistics?.query?.cacheHit ?? first.cacheHit ?? null,
      estimateBytes: dry.bytes,
    };
    const readPage = (pageToken: string): Promise<QueryResultsResponse> =>
      this.#session.call<QueryResultsResponse>(this.#resultsRequest(reference, { pageToken }), signal);
    const fail = (error: unknown): AisleError => this.#fail(error, signal);

    async function* chunks(): AsyncGenerator<Row[]> {
      try {
        const rows = convertRows(schema, first.rows);
        if (rows.length > 0) yield rows;
        const seen = new Set<string>();
        let pageToken = first.pageToken;
        // The job is done: stopping early (return(), cancel) leaves nothing running in BigQuery.
        while (pageToken !== undefined && pageToken !== '' && !seen.has(pageToken)) {
          if (signal?.aborted) throw cancelledError();
          seen.add(pageToken);
          const page = await readPage(pageToken);
          const pageRows = convertRows(schema, page.rows);
          if (pageRows.length > 0) yield pageRows;
          pageToken = page.pageToken;
        }
        if (signal?.aborted) throw cancelledError();
      } catch (error) {
        throw fail(error);
      }
    }
    return { columns, chunks, stats: () => stats };
  }

  async query(sql: string, options: RunOptions = {}): Promise<QueryResult> {
    const started = performance.now();
    const stream = await this.stream(sql, options);
    const rows: Row[] = [];
    for await (const chunk of stream.chunks()) rows.push(...chunk);
    return { columns: stream.columns, rows, elapsedMs: performance.now() - started };
  }

  async listTables(): Promise<TableInfo[]> {
    try {
      return await listDatasetTables(this.#session, this.#options.dataset);
    } catch (error) {
      throw this.#session.toError(error, { ...this.#context(), action: 'catalog' });
    }
  }

  /**
   * Cancels the jobs still running (best effort: each cancel waits for its insert to settle and
   * then for BigQuery to confirm, and close() waits at most 10 s for them all), and refuses new
   * jobs: a run still under way ends as cancelled. The client holds no connections of its own.
   */
  async close(): Promise<void> {
    this.#closed = true;
    const cancels = [...this.#running].map((job) => this.#stopper.cancel(job, true));
    if (cancels.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(cancels),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, CLOSE_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
  }

  /**
   * A job that failed for a transient reason (backendError …) runs again as a new job, but only a
   * query (SELECT): a script or a statement that changes data may have partly applied before it
   * failed, and running it again could apply it twice.
   */
  async #runJob(
    sql: string,
    options: RunOptions,
    location: string | null,
    started: number,
    dry: DryRun,
  ): Promise<FinishedJob> {
    // The failed job's own statistics say what ran, when they say; else the dry run does.
    const statementTypeOf = (error: JobFailedError): string => error.statementType ?? dry.statementType;
    try {
      return await withRetry(() => this.#runOnce(sql, options, location, started), this.#session.policy, {
        signal: options.signal,
        shouldRetry: (error) =>
          error instanceof JobFailedError && isRetryable(error) && statementTypeOf(error) === 'SELECT',
        onRetry: (error, attempt, delayMs) =>
          this.#session.log(
            `BigQuery job failed (${error instanceof JobFailedError ? (error.reason ?? '?') : '?'}); running it again as a new job (retry ${attempt} in ${delayMs} ms)`,
          ),
      });
    } catch (error) {
      if (error instanceof JobFailedError && isRetryable(error) && statementTypeOf(error) !== 'SELECT') {
        this.#session.log(
          `BigQuery job ${error.jobId} (${statementTypeOf(error)}) failed (${error.reason ?? '?'}); not running it again, as it may have partly applied`,
        );
        throw partlyAppliedError(error, statementTypeOf(error));
      }
      throw error;
    }
  }

  async #runOnce(sql: string, options: RunOptions, location: string | null, started: number): Promise<FinishedJob> {
    const { signal } = options;
    // A client-made id: an insert retried after a lost answer finds its job (409) instead of starting another.
    const jobId = `aisle_${randomUUID().replaceAll('-', '_')}`;
    let reference: JobRef = { jobId, projectId: this.#options.billingProject, ...(location ? { location } : {}) };
    // Tracked from the first insert request on; `accepted` once BigQuery said it has the job.
    const tracked: { job: RunningJob | null; accepted: boolean } = { job: null, accepted: false };
    const sendInsert = (): Promise<JobResource> => {
      // Checked as the insert goes out: a job inserted after close() would run on unseen.
      if (this.#closed) throw cancelledError();
      const client = this.#session.client();
      const request = this.#session.callOnce<JobResource>(
        this.#insertRequest(sql, options, reference),
        undefined,
        client,
      );
      const job: RunningJob = tracked.job ?? { reference, inserting: Promise.resolve(), client, cancelling: null };
      job.client = client;
      // The last insert request, even after the wait for it was given up: a cancel must come after it.
      job.inserting = request.then(
        (answer) => {
          // Where BigQuery put the job, for a cancel that did not wait for this answer.
          const placed = answer.jobReference?.location;
          if (placed) job.reference = { ...job.reference, location: placed };
        },
        () => undefined,
      );
      tracked.job = job;
      this.#running.add(job);
      return untilAborted(request, signal).catch((error: unknown) => {
        if (problemOf(error)?.status !== 409) throw error;
        tracked.accepted = true; // already inserted
        return this.#getJob(reference, signal);
      });
    };
    try {
      const inserted = await withRetry(sendInsert, this.#session.policy, { signal, shouldRetry: isRetryable });
      tracked.accepted = true;
      reference = { ...reference, ...inserted.jobReference, jobId };
      if (tracked.job) tracked.job.reference = reference;
      if (inserted.status?.errorResult) throw failedJob(jobId, inserted);
      return await this.#waitForJob(reference, options, started);
    } catch (error) {
      const { job } = tracked;
      if (job !== null) {
        if (signal?.aborted || this.#closed) {
          await this.#stopper.cancel(job, true);
        } else if (!(error instanceof JobFailedError) && (tracked.accepted || mayHaveStarted(error))) {
          // The job did not end, but the run did (sign-in revoked, network gone, results unreadable):
          // left alone, the job would run on, and bill, with no one to read it.
          await this.#stopper.cancel(job, false);
        }
      }
      throw error;
    } finally {
      if (tracked.job !== null) this.#running.delete(tracked.job);
    }
  }

  #insertRequest(sql: string, options: RunOptions, reference: JobReference): RestRequest {
    return {
      method: 'POST',
      projectId: this.#options.billingProject,
      path: '/jobs',
      json: {
        jobReference: reference,
        configuration: {
          labels: JOB_LABELS,
          query: {
            ...this.#queryConfiguration(sql, options),
            // The API takes int64 values as strings.
            ...(options.maximumBytesBilled !== undefined
              ? { maximumBytesBilled: String(Math.floor(options.maximumBytesBilled)) }
              : {}),
          },
        },
      },
    };
  }

  #getJob(reference: JobReference, signal?: AbortSignal, client?: BigQuery): Promise<JobResource> {
    return this.#session.call<JobResource>(
      {
        projectId: reference.projectId ?? this.#options.billingProject,
        path: `/jobs/${reference.jobId ?? ''}`,
        qs: { location: reference.location, fields: POLL_FIELDS },
      },
      signal,
      client,
    );
  }

  #resultsRequest(reference: JobReference, extra: { pageToken?: string; timeoutMs?: number }): RestRequest {
    return {
      projectId: reference.projectId ?? this.#options.billingProject,
      path: `/queries/${reference.jobId ?? ''}`,
      qs: {
        location: reference.location,
        maxResults: this.#pageSize,
        // Whole microseconds for TIMESTAMP values, so none is rounded through a double.
        'formatOptions.useInt64Timestamp': true,
        pageToken: extra.pageToken,
        timeoutMs: extra.timeoutMs,
      },
      // getQueryResults may hold the answer for timeoutMs before replying.
      ...(extra.timeoutMs !== undefined ? { timeoutMs: extra.timeoutMs + 60_000 } : {}),
    };
  }

  /**
   * Polls until the job is done: getQueryResults waits up to the poll interval server-side and
   * answers with the first page once the job completes; while it runs, jobs.get (state and
   * statistics only) feeds the progress line. A failed job shows as `status.errorResult`.
   */
  async #waitForJob(reference: JobRef, options: RunOptions, started: number): Promise<FinishedJob> {
    const { signal } = options;
    for (;;) {
      const polled = performance.now();
      let results: QueryResultsResponse;
      try {
        results = await this.#session.call<QueryResultsResponse>(
          this.#resultsRequest(reference, { timeoutMs: this.#pollMs }),
          signal,
        );
      } catch (error) {
        // getQueryResults of a failed job answers with the job's error; the job says whether it failed.
        if (signal?.aborted) throw error;
        const job = await this.#getJob(reference, signal);
        if (job.status?.errorResult) throw failedJob(reference.jobId, job);
        throw error;
      }
      const job = await this.#getJob(reference, signal);
      if (job.status?.errorResult) throw failedJob(reference.jobId, job);
      if (results.jobComplete === true) return { reference, first: results, job };
      options.onProgress?.(progressOf(job, performance.now() - started));
      const rest = this.#pollMs - (performance.now() - polled);
      if (rest > 0) await untilAborted(sleepFor(rest), signal);
    }
  }
}
