/**
 * Reading errors from Google's libraries without trusting their text. Library messages can
 * quote request bodies (refresh tokens, codes) or response bodies, so nothing here returns a
 * message: only status numbers and short machine codes that match strict patterns.
 */

/**
 * Why credentials are dead: the refresh token (or key, or ADC grant) was revoked or expired, the
 * OAuth client was rejected, an API refused the access token, or the access token expired and
 * there is no refresh token to get another (a sign-in for which Google sent none).
 */
export type AuthFailure = 'invalid_grant' | 'invalid_client' | 'unauthenticated' | 'no_refresh_token';

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;

/** The error and what it wraps (`cause`, and gaxios's `error`), outermost first. */
const chain = (error: unknown): Record<string, unknown>[] => {
  const links: Record<string, unknown>[] = [];
  let current = record(error);
  while (current && links.length < 6 && !links.includes(current)) {
    links.push(current);
    current = record(current['cause']) ?? record(current['error']);
  }
  return links;
};

const statusOf = (link: Record<string, unknown>): number | undefined => {
  const responseStatus = record(link['response'])?.['status'];
  for (const candidate of [responseStatus, link['status'], link['code']]) {
    if (typeof candidate === 'number' && candidate >= 100 && candidate <= 599) return candidate;
  }
  return undefined;
};

const oauthCode = /^[a-z_]{1,64}$/;

/** The OAuth `error` field of a token endpoint answer (`{"error":"invalid_grant",...}`). */
const oauthErrorOf = (link: Record<string, unknown>): string | undefined => {
  const data = record(link['response'])?.['data'];
  const fromData = record(data)?.['error'];
  if (typeof fromData === 'string' && oauthCode.test(fromData)) return fromData;
  if (typeof data === 'string') {
    try {
      const parsed = record(JSON.parse(data))?.['error'];
      if (typeof parsed === 'string' && oauthCode.test(parsed)) return parsed;
    } catch {
      // Not JSON: no OAuth error code to read.
    }
  }
  // gaxios names the error after the OAuth code when it has no response to keep.
  const message = link['message'];
  return typeof message === 'string' && /^(invalid_grant|invalid_client|unauthorized_client)$/.test(message)
    ? message
    : undefined;
};

/**
 * What google-auth-library's OAuth2Client throws when its access token expired and it holds no
 * refresh token (refreshToken(), and getAccessToken() without a refresh handler).
 */
const noRefreshTokenMessage = /^No refresh token (or refresh handler callback )?is set\.$/;

const isNoRefreshToken = (link: Record<string, unknown>): boolean => {
  const message = link['message'];
  return typeof message === 'string' && noRefreshTokenMessage.test(message);
};

export const classifyAuthFailure = (error: unknown): AuthFailure | null => {
  const links = chain(error);
  for (const link of links) {
    const oauthError = oauthErrorOf(link);
    if (oauthError === 'invalid_grant') return 'invalid_grant';
    if (oauthError === 'invalid_client' || oauthError === 'unauthorized_client') return 'invalid_client';
    if (isNoRefreshToken(link)) return 'no_refresh_token';
  }
  return links.some((link) => statusOf(link) === 401) ? 'unauthenticated' : null;
};

/**
 * The refresh token a failed token request sent, if the error still carries its request, so a
 * failure from a session that has since been replaced can be told apart from the current one.
 */
export const refreshTokenSentBy = (error: unknown): string | undefined => {
  for (const link of chain(error)) {
    const data = record(link['config'])?.['data'];
    if (data instanceof URLSearchParams) return data.get('refresh_token') ?? undefined;
    if (typeof data === 'string' && data.includes('grant_type=')) {
      return new URLSearchParams(data).get('refresh_token') ?? undefined;
    }
    const field = record(data)?.['refresh_token'];
    if (typeof field === 'string') return field;
  }
  return undefined;
};

/** A short description that is safe to log or show: "HTTP 400 invalid_grant", "ECONNREFUSED". */
export const describeGoogleError = (error: unknown): string => {
  const parts: string[] = [];
  for (const link of chain(error)) {
    const status = statusOf(link);
    if (status !== undefined) parts.push(`HTTP ${status}`);
    const oauthError = oauthErrorOf(link);
    if (oauthError) parts.push(oauthError);
    const code = link['code'];
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,39}$/.test(code)) parts.push(code);
    const errors = link['errors'];
    const reason = Array.isArray(errors) ? record(errors[0])?.['reason'] : undefined;
    if (typeof reason === 'string' && /^[A-Za-z_]{1,64}$/.test(reason)) parts.push(reason);
    if (isNoRefreshToken(link)) parts.push('no refresh token');
  }
  const unique = [...new Set(parts)];
  if (unique.length > 0) return unique.join(' ');
  const name = record(error)?.['name'];
  return typeof name === 'string' && /^\w{1,40}$/.test(name) ? name : 'unknown error';
};

/** Whether the error is a failure to reach the server at all (offline, refused, timed out). */
export const isNetworkError = (error: unknown): boolean =>
  chain(error).some((link) => {
    const code = link['code'];
    return (
      typeof code === 'string' &&
      /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR_\w+|TimeoutError|AbortError)$/.test(
        code,
      )
    );
  });
