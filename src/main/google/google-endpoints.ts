/**
 * Where Aisle's Google clients send their requests. Normally Google's own hosts; the
 * `AISLE_*_ENDPOINT` variables redirect them to another base URL. They exist for tests (loopback
 * fakes of the REST APIs) and for private endpoints (a VPC Service Controls or proxy host).
 */
export interface OAuthEndpoints {
  /** The consent page the browser opens. */
  authUrl: string;
  tokenUrl: string;
  revokeUrl: string;
}

export interface GoogleEndpoints {
  /** Base URL of the BigQuery REST API (the client appends `/bigquery/v2/...`); undefined for Google's. */
  bigquery: string | undefined;
  /** OAuth endpoints; undefined for Google's. */
  oauth: OAuthEndpoints | undefined;
  /** Base URL of the Vertex AI API for Gemini; undefined for Google's. */
  gemini: string | undefined;
  /** Base URL of the Cloud Storage JSON API (gs:// product images); undefined for Google's. */
  storage: string | undefined;
}

const baseUrl = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.replace(/\/+$/, '') : undefined;
};

/**
 * Reads the overrides. An OAuth base `B` stands for Google's three hosts at once:
 * `B/o/oauth2/v2/auth` (consent), `B/token` and `B/revoke`, the paths Google uses.
 */
export const googleEndpointsFromEnv = (env: NodeJS.ProcessEnv): GoogleEndpoints => {
  const oauth = baseUrl(env['AISLE_OAUTH_ENDPOINT']);
  return {
    bigquery: baseUrl(env['AISLE_BIGQUERY_API_ENDPOINT']),
    oauth: oauth
      ? { authUrl: `${oauth}/o/oauth2/v2/auth`, tokenUrl: `${oauth}/token`, revokeUrl: `${oauth}/revoke` }
      : undefined,
    gemini: baseUrl(env['AISLE_GEMINI_API_ENDPOINT']),
    storage: baseUrl(env['AISLE_STORAGE_API_ENDPOINT']),
  };
};
