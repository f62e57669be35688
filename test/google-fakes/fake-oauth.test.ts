import { CodeChallengeMethod, OAuth2Client } from 'google-auth-library';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOAuthServer, type FakeOAuthOptions, type FakeOAuthServer } from './fake-oauth';

const servers: FakeOAuthServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const start = async (options: FakeOAuthOptions = {}) => {
  const server = await startFakeOAuthServer(options);
  servers.push(server);
  const client = new OAuth2Client({
    clientId: server.fake.settings.clientId,
    clientSecret: 'aisle-test-secret',
    endpoints: {
      oauth2AuthBaseUrl: server.endpoints.authUrl,
      oauth2TokenUrl: server.endpoints.tokenUrl,
      oauth2RevokeUrl: server.endpoints.revokeUrl,
    },
  });
  return { server, fake: server.fake, client };
};

const redirectUri = 'http://127.0.0.1:40000/callback';

/** Visits the consent page like a browser would and returns where it was sent back to. */
const consent = async (url: string): Promise<{ status: number; location: URL | null }> => {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  return { status: response.status, location: location ? new URL(location) : null };
};

const authUrl = async (client: OAuth2Client, extra: Record<string, string> = {}) => {
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const url = client.generateAuthUrl({
    access_type: 'offline',
    scope: ['https://www.googleapis.com/auth/bigquery', 'openid', 'email'],
    state: 'state-123',
    redirect_uri: redirectUri,
    code_challenge_method: CodeChallengeMethod.S256,
    code_challenge: codeChallenge!,
    ...extra,
  });
  return { url, codeVerifier };
};

describe('fake OAuth server', () => {
  it('redirects an approved consent back with a code and the same state', async () => {
    const { client, fake } = await start();
    const { url } = await authUrl(client);
    const { status, location } = await consent(url);
    expect(status).toBe(302);
    expect(location!.origin + location!.pathname).toBe(redirectUri);
    expect(location!.searchParams.get('state')).toBe('state-123');
    expect(location!.searchParams.get('code')).toBe(fake.state.codesIssued[0]);
  });

  it('refuses consent requests that a Desktop client could not make', async () => {
    const { client } = await start();
    const { url } = await authUrl(client);
    const broken = (change: (params: URLSearchParams) => void): string => {
      const copy = new URL(url);
      change(copy.searchParams);
      return copy.toString();
    };
    const statusOf = async (target: string): Promise<number> => (await consent(target)).status;
    expect(await statusOf(broken((p) => p.set('client_id', 'someone-else')))).toBe(401);
    expect(await statusOf(broken((p) => p.set('redirect_uri', 'https://evil.example/cb')))).toBe(400);
    expect(await statusOf(broken((p) => p.delete('code_challenge')))).toBe(400);
    expect(await statusOf(broken((p) => p.set('code_challenge_method', 'plain')))).toBe(400);
    expect(await statusOf(broken((p) => p.delete('state')))).toBe(400);
    expect(await statusOf(broken((p) => p.set('response_type', 'token')))).toBe(400);
  });

  it('answers a denied consent with access_denied and a wrong-state consent with another state', async () => {
    const { client, fake } = await start({ consent: 'deny' });
    const { url } = await authUrl(client);
    const denied = (await consent(url)).location!;
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('code')).toBeNull();
    fake.settings.consent = 'wrong-state';
    const forged = (await consent(url)).location!;
    expect(forged.searchParams.get('state')).not.toBe('state-123');
    expect(forged.searchParams.get('code')).toBeTruthy();
  });

  it('exchanges a code only with the matching PKCE verifier, once', async () => {
    const { client, fake } = await start();
    const { url, codeVerifier } = await authUrl(client);
    const code = (await consent(url)).location!.searchParams.get('code')!;
    await expect(
      client.getToken({ code, codeVerifier: 'x'.repeat(64), redirect_uri: redirectUri }),
    ).rejects.toMatchObject({
      status: 400,
      response: { data: { error: 'invalid_grant' } },
    });
    const again = (await consent(url)).location!.searchParams.get('code')!;
    const { tokens } = await client.getToken({ code: again, codeVerifier, redirect_uri: redirectUri });
    expect(fake.state.lastTokenRequest).toMatchObject({
      grant_type: 'authorization_code',
      code_verifier: codeVerifier,
    });
    expect(tokens).toMatchObject({ token_type: 'Bearer', refresh_token: fake.state.refreshTokensIssued[0] });
    expect(fake.isValidAccessToken(tokens.access_token!)).toBe(true);
    const claims = JSON.parse(Buffer.from(tokens.id_token!.split('.')[1]!, 'base64url').toString()) as object;
    expect(claims).toMatchObject({ email: 'merch@example.com', aud: fake.settings.clientId });
    await expect(client.getToken({ code: again, codeVerifier, redirect_uri: redirectUri })).rejects.toMatchObject({
      status: 400,
    });
  });

  it('issues no refresh token without access_type=offline, and checks the client secret', async () => {
    const { client, fake } = await start();
    const { url, codeVerifier } = await authUrl(client, { access_type: 'online' });
    const code = (await consent(url)).location!.searchParams.get('code')!;
    const { tokens } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri });
    expect(tokens.refresh_token).toBeUndefined();
    const wrongSecret = new OAuth2Client({
      clientId: fake.settings.clientId,
      clientSecret: 'wrong',
      endpoints: { oauth2TokenUrl: servers[0]!.endpoints.tokenUrl },
    });
    await expect(wrongSecret.getToken({ code: 'any', codeVerifier, redirect_uri: redirectUri })).rejects.toMatchObject({
      status: 401,
      response: { data: { error: 'invalid_client' } },
    });
  });

  it('refreshes access tokens until the refresh token is revoked, then answers invalid_grant', async () => {
    const { client, fake } = await start();
    const { url, codeVerifier } = await authUrl(client);
    const code = (await consent(url)).location!.searchParams.get('code')!;
    const { tokens } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri });
    client.setCredentials({ refresh_token: tokens.refresh_token! });
    const { token } = await client.getAccessToken();
    expect(token).not.toBe(tokens.access_token);
    expect(fake.isAuthorized(`Bearer ${token!}`)).toBe(true);

    fake.expireAccessTokens();
    expect(fake.isValidAccessToken(token!)).toBe(false);

    await client.revokeToken(tokens.refresh_token!);
    expect(fake.state.revokedTokens).toEqual([tokens.refresh_token]);
    const fresh = new OAuth2Client({
      clientId: fake.settings.clientId,
      clientSecret: 'aisle-test-secret',
      endpoints: { oauth2TokenUrl: servers[0]!.endpoints.tokenUrl },
    });
    fresh.setCredentials({ refresh_token: tokens.refresh_token! });
    await expect(fresh.getAccessToken()).rejects.toMatchObject({
      status: 400,
      response: { data: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } },
    });
  });

  it('lets tests revoke tokens directly, which also revokes their access tokens', async () => {
    const { client, fake } = await start();
    const { url, codeVerifier } = await authUrl(client);
    const code = (await consent(url)).location!.searchParams.get('code')!;
    const { tokens } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri });
    fake.revoke(tokens.refresh_token!);
    expect(fake.isValidAccessToken(tokens.access_token!)).toBe(false);
    expect(fake.isAuthorized(undefined)).toBe(false);
    expect(fake.state.authorizationChecks.at(-1)).toEqual({ token: null, accepted: false });
  });
});
