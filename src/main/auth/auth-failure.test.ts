import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Client } from 'google-auth-library';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOAuthServer, type FakeOAuthServer } from '../../../test/google-fakes/fake-oauth';
import { classifyAuthFailure, describeGoogleError, isNetworkError, refreshTokenSentBy } from './auth-failure';

const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const fakeOAuth = async (): Promise<FakeOAuthServer> => {
  const server = await startFakeOAuthServer();
  closers.push(() => server.close());
  return server;
};

/** The error the real library throws when a refresh fails. */
const refreshError = async (server: FakeOAuthServer, clientSecret: string, refreshToken: string): Promise<unknown> => {
  const client = new OAuth2Client({
    clientId: server.fake.settings.clientId,
    clientSecret,
    endpoints: { oauth2TokenUrl: server.endpoints.tokenUrl },
  });
  client.setCredentials({ refresh_token: refreshToken });
  return client.getAccessToken().then(
    () => {
      throw new Error('expected the refresh to fail');
    },
    (error: unknown) => error,
  );
};

/** A Google-style API that refuses every request with `status`. */
const refusingApi = async (status: number): Promise<string> => {
  const server: Server = createServer((_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        error: {
          code: status,
          message: 'Request had invalid authentication credentials.',
          errors: [{ reason: 'authError' }],
        },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/bigquery/v2/projects`;
};

describe('classifyAuthFailure', () => {
  it('recognises a refresh refused with invalid_grant, and reads nothing secret from it', async () => {
    const server = await fakeOAuth();
    const error = await refreshError(server, 'aisle-test-secret', '1//revoked-refresh-token');
    expect(classifyAuthFailure(error)).toBe('invalid_grant');
    expect(refreshTokenSentBy(error)).toBe('1//revoked-refresh-token');
    const description = describeGoogleError(error);
    expect(description).toBe('HTTP 400 invalid_grant');
    expect(description).not.toContain('revoked-refresh-token');
  });

  it('recognises a rejected OAuth client', async () => {
    const server = await fakeOAuth();
    expect(classifyAuthFailure(await refreshError(server, 'wrong-secret', '1//x'))).toBe('invalid_client');
  });

  it('calls an API 401 dead credentials and a 403 not', async () => {
    const client = new OAuth2Client();
    client.setCredentials({ access_token: 'ya29.some-token' });
    const unauthorized = await client.request({ url: await refusingApi(401) }).catch((error: unknown) => error);
    expect(classifyAuthFailure(unauthorized)).toBe('unauthenticated');
    expect(describeGoogleError(unauthorized)).toBe('HTTP 401 authError');
    const forbidden = await client.request({ url: await refusingApi(403) }).catch((error: unknown) => error);
    expect(classifyAuthFailure(forbidden)).toBeNull();
  });

  it('reads the numeric code of @google-cloud/common ApiErrors and causes', () => {
    const apiError = Object.assign(new Error('Request had invalid authentication credentials.'), {
      code: 401,
      errors: [{ reason: 'authError', message: 'Invalid Credentials' }],
    });
    expect(classifyAuthFailure(apiError)).toBe('unauthenticated');
    expect(describeGoogleError(apiError)).toBe('HTTP 401 authError');
    expect(classifyAuthFailure(new Error('wrapped', { cause: apiError }))).toBe('unauthenticated');
  });

  it('calls an expired access token without a refresh token dead credentials', async () => {
    // A sign-in for which Google sent no refresh token, an hour later.
    const client = new OAuth2Client();
    client.setCredentials({ access_token: 'ya29.some-token', expiry_date: Date.now() - 1000 });
    const fromHeaders = await client.getRequestHeaders().catch((error: unknown) => error);
    expect((fromHeaders as Error).message).toBe('No refresh token is set.');
    expect(classifyAuthFailure(fromHeaders)).toBe('no_refresh_token');
    expect(describeGoogleError(fromHeaders)).toBe('no refresh token');
    const fromGetAccessToken = await client.getAccessToken().catch((error: unknown) => error);
    expect(classifyAuthFailure(fromGetAccessToken)).toBe('no_refresh_token');
    expect(classifyAuthFailure(new Error('wrapped', { cause: fromHeaders }))).toBe('no_refresh_token');
    expect(classifyAuthFailure(new Error('No refresh token is set, says someone else'))).toBeNull();
  });

  it('ignores network failures and anything else', async () => {
    const client = new OAuth2Client();
    client.setCredentials({ access_token: 'ya29.some-token' });
    const url = await refusingApi(500);
    await Promise.all(closers.splice(0).map((close) => close()));
    const refused = await client.request({ url, retry: false }).catch((error: unknown) => error);
    expect(classifyAuthFailure(refused)).toBeNull();
    expect(isNetworkError(refused)).toBe(true);
    expect(describeGoogleError(refused)).toContain('ECONNREFUSED');
    expect(classifyAuthFailure(new Error('boom'))).toBeNull();
    expect(classifyAuthFailure('text')).toBeNull();
    expect(describeGoogleError(new TypeError('secret text'))).toBe('TypeError');
  });
});
