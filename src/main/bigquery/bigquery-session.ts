import type { BigQuery } from '@google-cloud/bigquery';
import type { AuthClient } from 'google-auth-library';
import { AisleError } from '../core/aisle-error';
import type { Log } from '../core/logger';
import { createBigQueryClient, restCall, type RestRequest } from './bigquery-client';
import { isRetryable, problemOf, SIGN_IN_AGAIN, toAisleError, type ErrorContext } from './bigquery-errors';
import { retryPolicy, withRetry, type RetryOptions, type RetryPolicy } from './retry';

/** What every BigQuery call needs: credentials, where to send it, what to do about failures. */
export interface BigQueryAccessOptions {
  /** Returns the current credentials (google-auth-library AuthClient); throws AisleError('unauthorized') when signed out. */
  authClient: () => AuthClient;
  /** AISLE_BIGQUERY_API_ENDPOINT (tests, private endpoints); undefined = Google. */
  apiEndpoint?: string | undefined;
  /** Told about every error; returns true when the credentials are dead (then the call fails with `unauthorized`). */
  onAuthFailure?: ((error: unknown) => boolean) | undefined;
  log: Log;
  retry?: RetryOptions | undefined;
}

/**
 * The client for the current credentials, REST calls with Aisle's retry policy, and the
 * translation of failures into AisleErrors. One per warehouse (or per catalog listing).
 */
export class BigQuerySession {
  readonly policy: RetryPolicy;
  readonly #options: BigQueryAccessOptions;
  readonly #project: string;
  #client: { auth: AuthClient; client: BigQuery } | null = null;

  /** `project`: the client's default project (the billing project for jobs). */
  constructor(options: BigQueryAccessOptions, project: string) {
    this.#options = options;
    this.#project = project;
    this.policy = retryPolicy(options.retry);
  }

  get log(): Log {
    return this.#options.log;
  }

  /** A client for the current credentials: a new sign-in gets a new client. */
  client(): BigQuery {
    const auth = this.#options.authClient();
    if (this.#client?.auth !== auth) {
      this.#client = {
        auth,
        client: createBigQueryClient({
          authClient: auth,
          billingProject: this.#project,
          apiEndpoint: this.#options.apiEndpoint,
        }),
      };
    }
    return this.#client.client;
  }

  /** The client of the current credentials, or null when there are none (signed out). */
  currentClient(): BigQuery | null {
    try {
      return this.client();
    } catch {
      return null;
    }
  }

  /**
   * One call, retried on transient failures (5xx, 429, backendError, rateLimitExceeded, network
   * hiccups). With `client`, every attempt goes through that client instead of the current one.
   */
  call<T>(request: RestRequest, signal?: AbortSignal, client?: BigQuery): Promise<T> {
    return withRetry(() => restCall<T>(client ?? this.client(), request, signal), this.policy, {
      signal,
      shouldRetry: isRetryable,
      onRetry: (error, attempt, delayMs) => this.#logRetry(request, error, attempt, delayMs),
    });
  }

  /** Once, without retries (for calls whose failure has its own handling); through `client` when given. */
  callOnce<T>(request: RestRequest, signal?: AbortSignal, client?: BigQuery): Promise<T> {
    return restCall<T>(client ?? this.client(), request, signal);
  }

  #logRetry(request: RestRequest, error: unknown, attempt: number, delayMs: number): void {
    const problem = problemOf(error);
    const what = problem ? `${problem.status ?? problem.kind} ${problem.reason ?? ''}`.trim() : 'error';
    // Method and path only: never the query string's values or any header.
    this.log(`BigQuery ${request.method ?? 'GET'} ${request.path} failed (${what}); retry ${attempt} in ${delayMs} ms`);
  }

  /**
   * Any failure as an AisleError. `onAuthFailure` hears about every one (it decides whether the
   * sign-in is dead); errors that are not BigQuery's are logged and reported as internal.
   */
  toError(error: unknown, context: ErrorContext): AisleError {
    if (error instanceof AisleError) return error;
    if (this.#options.onAuthFailure?.(error) === true) return new AisleError('unauthorized', SIGN_IN_AGAIN);
    const mapped = toAisleError(error, context);
    if (mapped) return mapped;
    this.log('BigQuery failed unexpectedly', error);
    return new AisleError('internal', 'BigQuery failed unexpectedly; the log has the details. Try again.');
  }
}
