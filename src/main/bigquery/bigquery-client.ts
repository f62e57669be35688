import { BigQuery } from '@google-cloud/bigquery';
import type { AuthClient } from 'google-auth-library';
import { untilAborted } from './retry';

export interface BigQueryClientConfig {
  authClient: AuthClient;
  /** The project in job paths unless a call names another. */
  billingProject: string;
  /** Base URL such as `http://127.0.0.1:9050`; undefined = Google's. */
  apiEndpoint?: string | undefined;
}

/** How long one HTTP call may take before it counts as a network failure (and is retried). */
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * The real client, with its own retries off: Aisle retries with its own policy (retry.ts),
 * which knows BigQuery's reasons, re-runs failed jobs and can be tested with a fake clock.
 */
export const createBigQueryClient = (config: BigQueryClientConfig): BigQuery => {
  const client = new BigQuery({
    projectId: config.billingProject,
    authClient: config.authClient,
    retryOptions: { autoRetry: false, maxRetries: 0 },
    userAgent: 'aisle',
    ...(config.apiEndpoint ? { apiEndpoint: config.apiEndpoint } : {}),
  });
  // The client prefers BIGQUERY_EMULATOR_HOST (used as the whole base URL) over `apiEndpoint`;
  // an endpoint Aisle was given must win.
  if (config.apiEndpoint) client.baseUrl = `${client.apiEndpoint}/bigquery/v2`;
  return client;
};

export interface RestRequest {
  method?: 'GET' | 'POST';
  /** The project in the path (`/projects/P/...`); null for paths outside any project (projects.list). */
  projectId: string | null;
  /** The rest of the path, its segments unencoded (the client encodes them): `/jobs/abc`. */
  path: string;
  qs?: Record<string, string | number | boolean | undefined>;
  json?: object;
  timeoutMs?: number;
}

/**
 * One REST call through the client (it authenticates, encodes the path, sets the user agent
 * and turns `{error: …}` bodies into ApiError). The call itself cannot be aborted; `signal`
 * stops the waiting for it, and the caller cleans up (cancels the job).
 */
export const restCall = <T>(client: BigQuery, request: RestRequest, signal?: AbortSignal): Promise<T> => {
  const qs = Object.fromEntries(Object.entries(request.qs ?? {}).filter(([, value]) => value !== undefined));
  const pending = new Promise<T>((resolve, reject) => {
    client.request(
      {
        method: request.method ?? 'GET',
        ...(request.projectId === null
          ? { uri: `${client.baseUrl}${request.path}` }
          : { uri: request.path, projectId: request.projectId }),
        qs,
        ...(request.json ? { json: request.json } : {}),
        timeout: request.timeoutMs ?? REQUEST_TIMEOUT_MS,
      },
      (error, body) => {
        if (error) reject(error);
        else resolve((body ?? {}) as T);
      },
    );
  });
  return untilAborted(pending, signal);
};
