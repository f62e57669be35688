import { common } from '@google-cloud/bigquery';
import { describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import {
  isAuthFailure,
  isRetryable,
  JobFailedError,
  overLimitMessage,
  problemOf,
  toAisleError,
  type ErrorContext,
} from './bigquery-errors';
import { attemptsMade } from './retry';

const context: ErrorContext = {
  billingProject: 'acme-billing',
  dataset: { projectId: 'acme-data', datasetId: 'sales' },
  location: 'US',
  action: 'query',
};

/** An error as the client library throws it for an HTTP error body. */
const apiError = (code: number, reason: string, message: string): Error =>
  new common.ApiError({ code, message, errors: [{ reason, message }], response: undefined as never });

const jobError = (reason: string, message: string): JobFailedError => new JobFailedError('job_1', { reason, message });

const networkError = (code: string): Error =>
  Object.assign(new Error(`request to https://bigquery.googleapis.com/x failed, reason: ${code}`), {
    code,
    type: 'system',
  });

const translate = (error: unknown, action: ErrorContext['action'] = 'query'): AisleError => {
  const translated = toAisleError(error, { ...context, action });
  if (!translated) throw new Error('expected a translation');
  return translated;
};

describe('problemOf', () => {
  it('reads status, reason and BigQuery’s message from the client’s ApiError', () => {
    expect(problemOf(apiError(400, 'invalidQuery', 'Syntax error: Unexpected end of script at [1:7]'))).toEqual({
      kind: 'http',
      status: 400,
      reason: 'invalidQuery',
      message: 'Syntax error: Unexpected end of script at [1:7]',
    });
  });

  it('knows job failures, network failures, dead grants and errors that are not BigQuery’s', () => {
    expect(problemOf(jobError('backendError', 'x'))).toMatchObject({ kind: 'job', reason: 'backendError' });
    expect(problemOf(networkError('ECONNREFUSED'))).toMatchObject({ kind: 'network', reason: 'ECONNREFUSED' });
    const grant = Object.assign(new Error('invalid_grant'), { response: { data: { error: 'invalid_grant' } } });
    expect(problemOf(grant)).toMatchObject({ kind: 'auth' });
    expect(problemOf(new TypeError('x is undefined'))).toBeNull();
    expect(problemOf(new AisleError('cancelled', 'The query was cancelled.'))).toBeNull();
  });
});

describe('isRetryable', () => {
  it('retries transient server trouble and rate limits', () => {
    expect(isRetryable(apiError(500, 'backendError', 'x'))).toBe(true);
    expect(isRetryable(apiError(503, '', 'x'))).toBe(true);
    expect(isRetryable(apiError(429, '', 'x'))).toBe(true);
    expect(isRetryable(apiError(403, 'rateLimitExceeded', 'x'))).toBe(true);
    expect(isRetryable(jobError('internalError', 'x'))).toBe(true);
    expect(isRetryable(networkError('ECONNRESET'))).toBe(true);
  });

  it('never retries what another attempt cannot fix', () => {
    for (const reason of [
      'invalidQuery',
      'accessDenied',
      'notFound',
      'quotaExceeded',
      'bytesBilledLimitExceeded',
      'responseTooLarge',
      'duplicate',
    ]) {
      expect(isRetryable(apiError(reason === 'notFound' ? 404 : 400, reason, 'x')), reason).toBe(false);
      expect(isRetryable(jobError(reason, 'x')), reason).toBe(false);
    }
    expect(isRetryable(apiError(401, 'authError', 'x'))).toBe(false);
    expect(isRetryable(networkError('ECONNREFUSED'))).toBe(false);
    expect(isRetryable(networkError('ENOTFOUND'))).toBe(false);
  });
});

describe('toAisleError', () => {
  it('names the Job User role when running jobs is denied', () => {
    const error = translate(
      apiError(
        403,
        'accessDenied',
        'Access Denied: Project acme-billing: User does not have bigquery.jobs.create permission in project acme-billing.',
      ),
    );
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(
      /^You may not run queries in project acme-billing\. Ask an admin of acme-billing for the BigQuery Job User role \(roles\/bigquery\.jobUser\) on project acme-billing, or choose another billing project in Settings\./,
    );
  });

  it('names the Data Viewer role on the dataset when reading is denied', () => {
    const error = translate(
      apiError(
        403,
        'accessDenied',
        'Access Denied: Table acme-data:sales.orders: User does not have permission to query table acme-data:sales.orders, or perhaps it does not exist.',
      ),
    );
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(
      /^You may not read acme-data\.sales\. Ask its owner for the BigQuery Data Viewer role \(roles\/bigquery\.dataViewer\) on dataset acme-data\.sales\./,
    );
    const dataset = translate(
      apiError(403, 'accessDenied', 'Access Denied: Dataset acme-data:sales: Permission bigquery.datasets.get denied'),
    );
    expect(dataset.message).toMatch(/^You may not read acme-data\.sales\./);
  });

  it('explains a dataset outside the job’s location', () => {
    const error = translate(
      apiError(404, 'notFound', 'Not found: Dataset acme-data:sales was not found in location EU'),
    );
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/^Dataset acme-data\.sales is not in location EU, where this query ran\./);
  });

  it('names a missing table: a problem with the statement in a query, not found in the catalog', () => {
    const message = 'Not found: Table acme-data:sales.ordrs was not found in location US';
    const inQuery = translate(apiError(404, 'notFound', message));
    expect(inQuery.code).toBe('invalid_input');
    expect(inQuery.message).toBe(
      'Table acme-data.sales.ordrs was not found. Check its name and dataset; the schema panel lists the tables of acme-data.sales.',
    );
    expect(translate(apiError(404, 'notFound', message), 'catalog').code).toBe('not_found');
  });

  it('keeps BigQuery’s own words for invalidQuery, place included', () => {
    const error = translate(apiError(400, 'invalidQuery', 'Unrecognized name: pricee; Did you mean price? at [3:14]'));
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'Unrecognized name: pricee; Did you mean price? at [3:14]',
    });
    expect(translate(jobError('invalidQuery', 'Division by zero: 1 / 0')).message).toBe('Division by zero: 1 / 0');
  });

  it('says which quota ran out and what to do', () => {
    const error = translate(
      apiError(403, 'quotaExceeded', 'Quota exceeded: Your project exceeded quota for concurrent queries.'),
    );
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe(
      'BigQuery refused the query because a quota is used up: Quota exceeded: Your project exceeded quota for concurrent queries. Wait for the quota to reset (most reset daily), or ask an admin of project acme-billing to raise it.',
    );
  });

  it('says how often a rate-limited call was tried', () => {
    const limited = apiError(403, 'rateLimitExceeded', 'Exceeded rate limits');
    attemptsMade.set(limited, 5);
    expect(translate(limited).message).toBe(
      'BigQuery is limiting how fast project acme-billing may send requests, and still refused after 5 tries. Wait a minute and try again.',
    );
  });

  it('says how far over the byte limit BigQuery’s bill would be', () => {
    const error = translate(
      jobError(
        'bytesBilledLimitExceeded',
        'Query exceeded limit for bytes billed: 1048576. 10485760 or higher required.',
      ),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'This query would bill 10 MB, over your limit of 1 MB by 9 MB. Filter on a partition column or select fewer columns, or raise the limit in Settings > Query cost. BigQuery bills at least 10 MB for each table a query reads, however small.',
    );
  });

  it('writes the dry-run cost guard message with human sizes', () => {
    expect(overLimitMessage(Math.round(12.4 * 1024 ** 3), 10 * 1024 ** 3, 'process')).toBe(
      'This query would process 12.4 GB, over your limit of 10 GB by 2.4 GB. Filter on a partition column or select fewer columns, or raise the limit in Settings > Query cost.',
    );
  });

  it('asks to sign in again on 401 and on a dead refresh token', () => {
    const unauthorized = translate(apiError(401, 'authError', 'Invalid Credentials'));
    expect(unauthorized.code).toBe('unauthorized');
    expect(unauthorized.message).toBe(
      'Sign in to Google again: your sign-in has expired or was revoked. Cached results stay available.',
    );
    const grant = Object.assign(new Error('invalid_grant'), { response: { data: { error: 'invalid_grant' } } });
    expect(translate(grant).code).toBe('unauthorized');
    expect(isAuthFailure(grant)).toBe(true);
    expect(isAuthFailure(apiError(403, 'accessDenied', 'x'))).toBe(false);
  });

  it('says BigQuery cannot be reached when offline, without the URL', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND']) {
      const error = translate(networkError(code));
      expect(error.code).toBe('unavailable');
      expect(error.message).toBe('Aisle cannot reach BigQuery; check your connection. Cached results stay available.');
    }
  });

  it('explains responseTooLarge, a cancelled job, and transient failures that did not pass', () => {
    expect(translate(jobError('responseTooLarge', 'Response too large to return.')).message).toBe(
      'The result is too large for BigQuery to return. Aggregate more, add a LIMIT, or select fewer columns.',
    );
    expect(translate(jobError('stopped', 'Job execution was cancelled')).code).toBe('cancelled');
    const backend = apiError(500, 'backendError', 'Error encountered during execution.');
    attemptsMade.set(backend, 5);
    expect(translate(backend)).toMatchObject({
      code: 'unavailable',
      message:
        'BigQuery had a temporary problem (backendError) and still failed after 5 tries. Try again in a few minutes. (BigQuery said: Error encountered during execution.)',
    });
  });

  it('keeps only BigQuery’s words as the cause, never the client error (its request holds the token)', () => {
    const error = translate(apiError(403, 'quotaExceeded', 'Quota exceeded'));
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause).not.toHaveProperty('response');
    expect(String(error.cause)).toBe('BigQuery http 403 quotaExceeded: Quota exceeded');
  });

  it('leaves errors that are not BigQuery’s to the caller', () => {
    expect(toAisleError(new TypeError('boom'), context)).toBeNull();
    const own = new AisleError('unauthorized', 'Sign in first.');
    expect(toAisleError(own, context)).toBe(own);
  });
});
