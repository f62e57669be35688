import { AisleError } from '../core/aisle-error';
import { formatBytes } from '../../shared/format/bytes';
import { attemptsMade } from './retry';

/** `status.errorResult` of a job, and each of `error.errors[]` in an HTTP error body. */
export interface ErrorProto {
  reason?: string;
  message?: string;
  location?: string;
}

/** A job that ended with `status.errorResult`: the HTTP calls went fine, the job did not. */
export class JobFailedError extends Error {
  readonly reason: string | null;
  readonly jobId: string;
  /** What the job's statistics say it ran (`SELECT`, `SCRIPT`, `INSERT` …), when they say. */
  readonly statementType: string | null;

  constructor(jobId: string, errorResult: ErrorProto, statementType?: string | null) {
    super(errorResult.message ?? 'The BigQuery job failed.');
    this.name = 'JobFailedError';
    this.reason = errorResult.reason ?? null;
    this.jobId = jobId;
    this.statementType = statementType ?? null;
  }
}

/** What went wrong, in BigQuery's terms. */
export interface BigQueryProblem {
  kind: 'http' | 'job' | 'network' | 'auth';
  /** HTTP status, when there was an answer. */
  status: number | null;
  /** BigQuery's reason (`invalidQuery`, `accessDenied`, …), when it gave one. */
  reason: string | null;
  /** BigQuery's own words (they name tables, places and quotas); never a URL with a token or a header. */
  message: string;
}

const RETRYABLE_REASONS = new Set([
  'backendError',
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'internalError',
  'jobBackendError',
  'jobInternalError',
]);
const FINAL_REASONS = new Set([
  'invalidQuery',
  'invalid',
  'accessDenied',
  'notFound',
  'quotaExceeded',
  'bytesBilledLimitExceeded',
  'responseTooLarge',
  'resourcesExceeded',
  'duplicate',
  'stopped',
  'billingNotEnabled',
]);
/** Connection failures worth another attempt: the network hiccupped mid-request. */
const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET']);
/** Connection failures that mean "offline" or "wrong host": retrying only delays the answer. */
const OFFLINE_NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

const firstInnerError = (errors: unknown): ErrorProto | null => {
  if (!Array.isArray(errors)) return null;
  const first = record(errors[0]);
  if (!first) return null;
  const proto: ErrorProto = {};
  const reason = text(first['reason']);
  const message = text(first['message']);
  if (reason) proto.reason = reason;
  if (message) proto.message = message;
  return proto;
};

/** `invalid_grant` and friends: the refresh token no longer works, so only a new sign-in helps. */
const isDeadGrant = (error: Record<string, unknown>): boolean => {
  const data = record(record(error['response'])?.['data']);
  const oauthError = text(data?.['error']);
  if (oauthError === 'invalid_grant' || oauthError === 'unauthorized_client') return true;
  const message = text(error['message']) ?? '';
  return /\binvalid_grant\b|No refresh token is set|No access, refresh token/i.test(message);
};

/** Sorts anything the client library throws into a problem, or null for errors that are not BigQuery's (bugs). */
export const problemOf = (error: unknown): BigQueryProblem | null => {
  if (error instanceof AisleError) return null;
  if (error instanceof JobFailedError) {
    return { kind: 'job', status: null, reason: error.reason, message: error.message };
  }
  const fields = record(error);
  if (!fields) return null;
  if (isDeadGrant(fields)) return { kind: 'auth', status: 401, reason: 'invalid_grant', message: 'invalid_grant' };
  const code = fields['code'];
  if (typeof code === 'string' && (TRANSIENT_NETWORK.has(code) || OFFLINE_NETWORK.has(code))) {
    return { kind: 'network', status: null, reason: code, message: code };
  }
  if (fields['type'] === 'request-timeout' || fields['type'] === 'system') {
    return { kind: 'network', status: null, reason: typeof code === 'string' ? code : 'ETIMEDOUT', message: 'network' };
  }
  // ApiError from @google-cloud/common: `code` is the HTTP status, `errors` the body's `error.errors`.
  if (typeof code === 'number' && code >= 400) {
    const inner = firstInnerError(fields['errors']);
    const message = inner?.message ?? text(fields['message']) ?? `HTTP ${code}`;
    if (code === 401) return { kind: 'auth', status: 401, reason: inner?.reason ?? null, message };
    return { kind: 'http', status: code, reason: inner?.reason ?? null, message };
  }
  return null;
};

/** Whether another attempt could succeed: transient server trouble, rate limits, network hiccups. */
export const isRetryable = (error: unknown): boolean => {
  const problem = problemOf(error);
  if (!problem) return false;
  switch (problem.kind) {
    case 'auth':
      return false;
    case 'network':
      return problem.reason !== null && TRANSIENT_NETWORK.has(problem.reason);
    case 'http':
    case 'job': {
      if (problem.reason !== null && FINAL_REASONS.has(problem.reason)) return false;
      if (problem.reason !== null && RETRYABLE_REASONS.has(problem.reason)) return true;
      return problem.status !== null && (problem.status >= 500 || problem.status === 429);
    }
  }
};

export interface ErrorContext {
  billingProject: string;
  dataset: { projectId: string; datasetId: string };
  /** Where Aisle ran the job. */
  location?: string | null | undefined;
  /** A statement (dry run, job, results) or the catalog (projects, datasets, tables). */
  action: 'query' | 'catalog';
}

const datasetName = (dataset: ErrorContext['dataset']): string => `${dataset.projectId}.${dataset.datasetId}`;

/** `p:d.t` or `p:d` as people write them: `p.d.t`. */
const dotted = (name: string): string => name.replace(':', '.');

/**
 * The shared sentence for a query that would bill more than the limit: the dry-run check and
 * BigQuery's own `bytesBilledLimitExceeded` both say it.
 */
export const overLimitMessage = (bytes: number, limit: number, verb: 'process' | 'bill'): string =>
  `This query would ${verb} ${formatBytes(bytes)}, over your limit of ${formatBytes(limit)} by ${formatBytes(bytes - limit)}. ` +
  'Filter on a partition column or select fewer columns, or raise the limit in Settings > Query cost.';

const SIGN_IN_AGAIN =
  'Sign in to Google again: your sign-in has expired or was revoked. Cached results stay available.';
const OFFLINE = 'Aisle cannot reach BigQuery; check your connection. Cached results stay available.';

const tries = (error: unknown): string => {
  const attempts = typeof error === 'object' && error !== null ? attemptsMade.get(error) : undefined;
  return attempts !== undefined && attempts > 1 ? ` after ${attempts} tries` : '';
};

const accessDenied = (problem: BigQueryProblem, context: ErrorContext): AisleError => {
  const { message } = problem;
  if (/bigquery\.jobs\.create|permission to (run|create) (query )?jobs/i.test(message)) {
    const project = /in project ([^\s.:]+(?::[^\s.]+)?)/.exec(message)?.[1] ?? context.billingProject;
    return new AisleError(
      'forbidden',
      `You may not run queries in project ${project}. Ask an admin of ${project} for the BigQuery Job User role ` +
        `(roles/bigquery.jobUser) on project ${project}, or choose another billing project in Settings. (BigQuery said: ${message})`,
    );
  }
  const resource = /Access Denied: (Table|Dataset|View) ([^\s:]+:[^\s:]+)/.exec(message);
  const readDenied =
    /bigquery\.(tables\.getData|tables\.get|tables\.list|datasets\.get|readsessions)|Access Denied: (Table|Dataset|View)/i;
  if (readDenied.test(message) && !resource && context.dataset.datasetId === '') {
    const project = context.dataset.projectId;
    return new AisleError(
      'forbidden',
      `You may not list the datasets of project ${project}. Ask an admin of ${project} for the BigQuery Data Viewer ` +
        `role (roles/bigquery.dataViewer) on the project, or on the datasets you need. (BigQuery said: ${message})`,
    );
  }
  if (readDenied.test(message)) {
    const name = resource?.[2] ? dotted(resource[2]) : datasetName(context.dataset);
    const dataset =
      resource?.[1] === 'Table' || resource?.[1] === 'View' ? name.split('.').slice(0, 2).join('.') : name;
    return new AisleError(
      'forbidden',
      `You may not read ${dataset}. Ask its owner for the BigQuery Data Viewer role (roles/bigquery.dataViewer) ` +
        `on dataset ${dataset}. (BigQuery said: ${message})`,
    );
  }
  return new AisleError(
    'forbidden',
    `BigQuery refused access: ${message} Ask an admin of project ${context.billingProject} for access.`,
  );
};

const notFound = (problem: BigQueryProblem, context: ErrorContext): AisleError => {
  const { message } = problem;
  // A dataset (not a table: BigQuery says that of missing tables too) outside the job's location.
  const elsewhere = /Not found: Dataset (\S+) was not found in location (\S+)/.exec(message);
  if (elsewhere) {
    const [, name = '', location = ''] = elsewhere;
    return new AisleError(
      'not_found',
      `Dataset ${dotted(name)} is not in location ${location}, where this query ran. BigQuery runs each query in ` +
        "one location, and Aisle runs it where the source's dataset lives (it looks the location up again when " +
        'BigQuery says the dataset is elsewhere), so a query that reads datasets from two locations cannot run. ' +
        'Copy the tables into one location.',
    );
  }
  const table = /Not found: Table (\S+)/.exec(message);
  if (table?.[1]) {
    return new AisleError(
      context.action === 'query' ? 'invalid_input' : 'not_found',
      `Table ${dotted(table[1])} was not found. Check its name and dataset; the schema panel lists the tables of ` +
        `${datasetName(context.dataset)}.`,
    );
  }
  const dataset = /Not found: Dataset (\S+)/.exec(message);
  if (dataset?.[1]) {
    return new AisleError(
      'not_found',
      `Dataset ${dotted(dataset[1])} was not found, or your account cannot see it. Check the project and dataset names.`,
    );
  }
  if (/Not found: Job/.test(message)) {
    return new AisleError('not_found', 'BigQuery no longer knows this query job. Run the query again.');
  }
  return new AisleError('not_found', `BigQuery could not find something the query needs: ${message}`);
};

const bytesBilledLimit = (problem: BigQueryProblem): AisleError => {
  // "Query exceeded limit for bytes billed: 1000000. 10485760 or higher required."
  const match = /bytes billed: (\d+)\. (\d+) or higher required/.exec(problem.message);
  const limit = Number(match?.[1]);
  const needed = Number(match?.[2]);
  const message =
    match && Number.isFinite(limit) && Number.isFinite(needed)
      ? overLimitMessage(needed, limit, 'bill') +
        ' BigQuery bills at least 10 MB for each table a query reads, however small.'
      : `BigQuery stopped the query before it billed more than your limit. ${problem.message} ` +
        'Raise the limit in Settings > Query cost, or filter on a partition column or select fewer columns.';
  return new AisleError('invalid_input', message);
};

/**
 * What an AisleError keeps as its cause: BigQuery's words, not the client's error, whose
 * `response.request.headers` hold the access token.
 */
export const sanitizedCause = (problem: BigQueryProblem): Error => {
  const cause = new Error(problem.message);
  cause.name = `BigQuery ${[problem.kind, problem.status, problem.reason].filter((part) => part !== null).join(' ')}`;
  return cause;
};

const fromProblem = (problem: BigQueryProblem, error: unknown, context: ErrorContext): AisleError => {
  const options = { cause: sanitizedCause(problem) };
  const said = problem.message;
  switch (problem.reason) {
    case 'invalidQuery':
    case 'invalid':
      // BigQuery's words are specific and carry the place (`at [3:14]`), which the editor marks.
      return new AisleError('invalid_input', said, options);
    case 'accessDenied':
      return accessDenied(problem, context);
    case 'billingNotEnabled':
      return new AisleError(
        'forbidden',
        `Billing is not enabled for project ${context.billingProject}, so it cannot run queries. Enable billing for it ` +
          'in the Google Cloud console, or choose another billing project in Settings.',
        options,
      );
    case 'notFound':
      return notFound(problem, context);
    case 'quotaExceeded':
      return new AisleError(
        'unavailable',
        `BigQuery refused the query because a quota is used up: ${said} Wait for the quota to reset (most reset daily), ` +
          `or ask an admin of project ${context.billingProject} to raise it.`,
        options,
      );
    case 'rateLimitExceeded':
    case 'userRateLimitExceeded':
      return new AisleError(
        'unavailable',
        `BigQuery is limiting how fast project ${context.billingProject} may send requests, and still refused${tries(error)}. ` +
          'Wait a minute and try again.',
        options,
      );
    case 'bytesBilledLimitExceeded':
      return bytesBilledLimit(problem);
    case 'responseTooLarge':
      return new AisleError(
        'invalid_input',
        'The result is too large for BigQuery to return. Aggregate more, add a LIMIT, or select fewer columns.',
        options,
      );
    case 'resourcesExceeded':
      return new AisleError(
        'invalid_input',
        `The query needs more resources than BigQuery gives one query: ${said} Filter or aggregate more, or add a LIMIT ` +
          'to an ORDER BY.',
        options,
      );
    case 'stopped':
      return new AisleError('cancelled', 'The query was cancelled.', options);
    default:
      break;
  }
  const status = problem.status;
  if (problem.kind === 'job' || (status !== null && (status >= 500 || status === 429))) {
    const reason = problem.reason ? ` (${problem.reason})` : '';
    return new AisleError(
      'unavailable',
      `BigQuery had a temporary problem${reason} and still failed${tries(error)}. Try again in a few minutes. ` +
        `(BigQuery said: ${said})`,
      options,
    );
  }
  switch (status) {
    case 400:
      return new AisleError('invalid_input', said, options);
    case 403:
      return new AisleError('forbidden', `BigQuery refused: ${said}`, options);
    case 404:
      return notFound(problem, context);
    default:
      return new AisleError('internal', `BigQuery failed: ${said}`, options);
  }
};

/**
 * An AisleError for anything a BigQuery call threw, saying what happened and what to do.
 * Errors that are not BigQuery's (a bug in Aisle) come back as null, for the caller to log.
 */
export const toAisleError = (error: unknown, context: ErrorContext): AisleError | null => {
  if (error instanceof AisleError) return error;
  const problem = problemOf(error);
  if (!problem) return null;
  switch (problem.kind) {
    case 'auth':
      return new AisleError('unauthorized', SIGN_IN_AGAIN, { cause: sanitizedCause(problem) });
    case 'network':
      return new AisleError('unavailable', OFFLINE, { cause: sanitizedCause(problem) });
    case 'http':
    case 'job':
      return fromProblem(problem, error, context);
  }
};

/** DML statements by the dry run's `statementType`: one statement that changes data. */
const DML = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/**
 * A job that failed on BigQuery's side (backendError, internalError …) after it may have changed
 * data: a script (CALL, BEGIN … END, EXECUTE IMMEDIATE, several statements) whose earlier
 * statements may have committed, or a DML or DDL statement. Aisle does not run it again.
 */
export const partlyAppliedError = (error: JobFailedError, statementType: string): AisleError => {
  const what =
    statementType === 'SCRIPT'
      ? 'script'
      : DML.has(statementType)
        ? `${statementType} statement`
        : `${statementType === 'UNKNOWN' ? '' : `${statementType.replaceAll('_', ' ')} `}statement`;
  const reason = error.reason ? ` (${error.reason})` : '';
  const problem: BigQueryProblem = { kind: 'job', status: null, reason: error.reason, message: error.message };
  return new AisleError(
    'unavailable',
    `This ${what} failed on BigQuery's side${reason} and may have partly applied` +
      (statementType === 'SCRIPT' ? ': statements before the failure may already have changed data' : '') +
      ', so Aisle did not run it again. Check the tables it changes before you run it again. ' +
      `(BigQuery said: ${error.message})`,
    { cause: sanitizedCause(problem) },
  );
};

/** Whether an error means the credentials are dead (HTTP 401, a revoked or expired refresh token). */
export const isAuthFailure = (error: unknown): boolean => problemOf(error)?.kind === 'auth';

export { SIGN_IN_AGAIN };
