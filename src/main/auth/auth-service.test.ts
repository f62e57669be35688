import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Client } from 'google-auth-library';
import { describe, expect, it, vi } from 'vitest';
import { AisleError } from '../core/aisle-error';

import { bearer, expired, harness, rejection, unauthorizedApi, until, useAuthHarnesses } from './auth-service.fixture';

useAuthHarnesses();

describe('AuthService browser sign-in', () => {
  it('signs in through the consent page and the loopback listener, with PKCE and a random state', async () => {
    const h = await harness();
    const service = h.service();
    const snapshot = await service.signIn({ method: 'browser' });
    await h.browserDone();

    expect(snapshot).toEqual({ state: 'signed-in', account: 'merch@example.com', method: 'browser', message: null });
    expect(h.snapshots.map((s) => s.state)).toEqual(['signing-in', 'signed-in']);
    expect(h.pages[0]).toContain('You are signed in to Aisle');
    expect(h.pages[0]).toContain('You can close this tab');

    const consent = h.server.fake.state.consentRequests[0]!;
    expect(h.consentUrls[0]!.startsWith(h.server.endpoints.authUrl)).toBe(true);
    expect(consent).toMatchObject({
      access_type: 'offline',
      prompt: 'consent',
      response_type: 'code',
      code_challenge_method: 'S256',
      scope:
        'https://www.googleapis.com/auth/bigquery https://www.googleapis.com/auth/cloud-platform https://www.googleapis.com/auth/devstorage.read_only openid email',
    });
    expect(consent['redirect_uri']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(consent['state']!.length).toBeGreaterThanOrEqual(40);

    // The verifier went to the token endpoint, and it is the one the challenge was made from.
    const exchange = h.server.fake.state.lastTokenRequest!;
    expect(exchange['grant_type']).toBe('authorization_code');
    expect(exchange['redirect_uri']).toBe(consent['redirect_uri']);
    expect(createHash('sha256').update(exchange['code_verifier']!).digest('base64url')).toBe(consent['code_challenge']);

    const token = await bearer(service.client());
    expect(h.server.fake.isValidAccessToken(token)).toBe(true);
    expect(await service.projectHint()).toBeNull();
  });

  it('closes the loopback listener when done', async () => {
    const h = await harness();
    await h.service().signIn({ method: 'browser' });
    await h.browserDone();
    const redirect = new URL(h.server.fake.state.consentRequests[0]!['redirect_uri']!);
    await expect(fetch(redirect)).rejects.toThrow();
  });

  it('saves only the refresh token and account, in a 0600 file, and restores from it without the network', async () => {
    const h = await harness();
    await h.service().signIn({ method: 'browser' });
    const refreshToken = h.server.fake.state.refreshTokensIssued[0]!;
    expect(statSync(h.storePath).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(h.storePath, 'utf8')) as object;
    expect(saved).toEqual({ method: 'browser', refreshToken, account: 'merch@example.com' });
    for (const accessToken of h.server.fake.state.accessTokensIssued) {
      expect(readFileSync(h.storePath, 'utf8')).not.toContain(accessToken);
    }

    const restarted = h.service();
    const requestsBefore = h.server.fake.state.tokenRequests.length;
    await restarted.restore();
    expect(h.server.fake.state.tokenRequests).toHaveLength(requestsBefore);
    expect(restarted.snapshot()).toEqual({
      state: 'signed-in',
      account: 'merch@example.com',
      method: 'browser',
      message: null,
    });
    // The first request refreshes with the saved refresh token.
    const token = await bearer(restarted.client());
    expect(h.server.fake.isValidAccessToken(token)).toBe(true);
    expect(h.server.fake.state.lastTokenRequest).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    });
  });

  it('refreshes an expired access token by itself', async () => {
    const h = await harness();
    const service = h.service();
    await service.signIn({ method: 'browser' });
    const first = h.server.fake.state.accessTokensIssued[0]!;
    expect(await bearer(service.client())).toBe(first);

    // Two hours later (the fake server shares the clock), the first token has expired everywhere.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 60 * 60 * 1000 });
    expect(h.server.fake.isValidAccessToken(first)).toBe(false);
    const { token } = await service.client().getAccessToken();
    expect(token).not.toBe(first);
    expect(h.server.fake.isValidAccessToken(token!)).toBe(true);
    expect(h.server.fake.state.lastTokenRequest).toMatchObject({ grant_type: 'refresh_token' });
    expect(service.snapshot().state).toBe('signed-in');
  });

  it('signs out when the refresh token was revoked, clearing the saved sign-in', async () => {
    const h = await harness();
    await h.service().signIn({ method: 'browser' });
    const refreshToken = h.server.fake.state.refreshTokensIssued[0]!;
    h.server.fake.revoke(refreshToken);

    const restarted = h.service();
    await restarted.restore();
    const error = await restarted
      .client()
      .getAccessToken()
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).not.toBeNull();
    expect(restarted.handleAuthFailure(error)).toBe(true);
    expect(restarted.snapshot()).toEqual({ state: 'signed-out', account: null, method: null, message: expired });
    expect(h.snapshots.at(-1)).toEqual(restarted.snapshot());
    expect(existsSync(h.storePath)).toBe(false);
    const signedOut = (() => {
      try {
        restarted.client();
        return null;
      } catch (caught) {
        return h.caught(caught);
      }
    })();
    expect(signedOut).toMatchObject({
      code: 'unauthorized',
      message:
        'Sign in to Google in Settings > Google account (or with `aisle login`) to use BigQuery; the demo store works without an account.',
    });
    // Already signed out: nothing more to do.
    expect(restarted.handleAuthFailure(error)).toBe(false);
  });

  it('signs out when an API answers 401, and ignores 403', async () => {
    const h = await harness();
    const service = h.service();
    await service.signIn({ method: 'browser' });
    const api = createServer((req, res) => {
      const status = req.url === '/forbidden' ? 403 : 401;
      res
        .writeHead(status, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ error: { code: status, message: 'no' } }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    try {
      const client = service.client();
      const forbidden = await client.request({ url: `${base}/forbidden` }).catch((caught: unknown) => caught);
      expect(service.handleAuthFailure(forbidden)).toBe(false);
      expect(service.handleAuthFailure(new Error('socket hang up'))).toBe(false);
      expect(service.snapshot().state).toBe('signed-in');
      const unauthorized = await client.request({ url: `${base}/unauthorized` }).catch((caught: unknown) => caught);
      expect(service.handleAuthFailure(unauthorized)).toBe(true);
      expect(service.snapshot()).toMatchObject({ state: 'signed-out', message: expired });
    } finally {
      await new Promise((resolve) => api.close(resolve));
    }
  });

  it('ignores a refresh failure from a session that was since replaced', async () => {
    const h = await harness();
    const service = h.service();
    await service.signIn({ method: 'browser' });
    const oldRefreshToken = h.server.fake.state.refreshTokensIssued[0]!;
    const stale = new OAuth2Client({
      clientId: h.server.fake.settings.clientId,
      clientSecret: 'aisle-test-secret',
      endpoints: { oauth2TokenUrl: h.server.endpoints.tokenUrl },
    });
    await service.signIn({ method: 'browser' });
    // Signing in again revoked the replaced refresh token at Google.
    await until(() => h.server.fake.state.revokedTokens.includes(oldRefreshToken));
    stale.setCredentials({ refresh_token: oldRefreshToken });
    const error = await stale.getAccessToken().catch((caught: unknown) => caught);
    expect(service.handleAuthFailure(error)).toBe(false);
    expect(service.snapshot().state).toBe('signed-in');
  });

  it('ignores a 401 from a request made with the previous session’s credentials', async () => {
    const h = await harness();
    const service = h.service();
    await service.signIn({ method: 'browser' });
    const previous = service.client();
    await service.signIn({ method: 'browser' });
    const current = service.client();
    expect(current).not.toBe(previous);
    const api = await unauthorizedApi();
    try {
      // The request went out with the first session's token, which the second sign-in revoked.
      const late = await previous.request({ url: api.url }).catch((caught: unknown) => caught);
      expect(service.handleAuthFailure(late, previous)).toBe(false);
      expect(service.snapshot()).toMatchObject({ state: 'signed-in', message: null });
      expect(h.store.load()).not.toBeNull();
      // The same answer to the current credentials does end the session.
      const failure = await current.request({ url: api.url }).catch((caught: unknown) => caught);
      expect(service.handleAuthFailure(failure, current)).toBe(true);
      expect(service.snapshot()).toMatchObject({ state: 'signed-out', message: expired });
      expect(existsSync(h.storePath)).toBe(false);
    } finally {
      await api.close();
    }
  });

  it('signs out: revokes the refresh token at Google and removes the file', async () => {
    const h = await harness();
    const service = h.service();
    await service.signIn({ method: 'browser' });
    const refreshToken = h.server.fake.state.refreshTokensIssued[0]!;
    const snapshot = await service.signOut();
    expect(snapshot).toEqual({ state: 'signed-out', account: null, method: null, message: null });
    expect(h.server.fake.state.revokedTokens).toEqual([refreshToken]);
    expect(existsSync(h.storePath)).toBe(false);
    expect(() => service.client()).toThrow(AisleError);
  });

  it('signs out even when the revoke endpoint cannot be reached', async () => {
    const h = await harness();
    const service = h.service();
    await service.signIn({ method: 'browser' });
    await h.server.close();
    const snapshot = await service.signOut();
    expect(snapshot.state).toBe('signed-out');
    expect(existsSync(h.storePath)).toBe(false);
    expect(h.logs.some((line) => line.includes('could not revoke'))).toBe(true);
  });

  it('refuses an answer whose state does not match, without exchanging the code, and keeps waiting', async () => {
    const h = await harness({ consent: 'wrong-state' });
    const service = h.service();
    const pending = service.signIn({ method: 'browser' });
    await until(() => h.consentUrls.length === 1);
    await h.browserDone();
    expect(h.pages[0]).toContain('does not belong to the sign-in Aisle started');
    expect(h.server.fake.state.tokenRequests).toHaveLength(0);
    expect(service.snapshot().state).toBe('signing-in');

    // Google's real answer still gets through.
    h.server.fake.settings.consent = 'approve';
    const page = await fetch(h.consentUrls[0]!).then((response) => response.text());
    expect(page).toContain('You are signed in to Aisle');
    expect(await pending).toMatchObject({ state: 'signed-in', account: 'merch@example.com' });
    expect(h.server.fake.state.tokenRequests).toHaveLength(1);
  });

  it('answers stray requests to the loopback listener with 400, and only its own answer ends the sign-in', async () => {
    const h = await harness();
    const service = h.service({ openBrowser: () => Promise.resolve() });
    const pending = service.signIn({ method: 'browser' });
    await until(() => h.consentUrls.length === 1);
    const consent = new URL(h.consentUrls[0]!);
    const callback = consent.searchParams.get('redirect_uri')!;
    const state = consent.searchParams.get('state')!;
    // What a port scan or a web page probing loopback ports could send.
    const probes = [
      callback,
      `${callback}?code=4/forged&state=`,
      `${callback}?code=4/forged&state=${state.slice(1)}`,
      `${callback}?error=access_denied`,
      `${callback}?error=access_denied&state=wrong`,
    ];
    for (const probe of probes) {
      const response = await fetch(probe);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Sign-in refused');
    }
    expect(h.server.fake.state.tokenRequests).toHaveLength(0);
    expect(service.snapshot()).toMatchObject({ state: 'signing-in' });

    // A refusal carrying this sign-in's state is Google's answer: it ends the sign-in.
    const outcome = rejection(pending, h);
    const declined = await fetch(`${callback}?error=access_denied&state=${encodeURIComponent(state)}`);
    expect(await declined.text()).toContain('You declined access');
    const error = await outcome;
    expect(error.code).toBe('cancelled');
    expect(error.message).toMatch(/^You declined access/);
    await expect(fetch(callback)).rejects.toThrow();
  });

  it('reports a declined consent', async () => {
    const h = await harness({ consent: 'deny' });
    const service = h.service();
    const error = await rejection(service.signIn({ method: 'browser' }), h);
    await h.browserDone();
    expect(error.code).toBe('cancelled');
    expect(error.message).toMatch(/^You declined access/);
    expect(h.pages[0]).toContain('You declined access');
    expect(service.snapshot().state).toBe('signed-out');
  });

  it('refuses a sign-in that did not grant BigQuery access, and revokes it', async () => {
    const h = await harness({ grantedScope: 'openid email' });
    const service = h.service();
    const error = await rejection(service.signIn({ method: 'browser' }), h);
    expect(error.message).toContain('without allowing BigQuery access');
    const refreshToken = h.server.fake.state.refreshTokensIssued[0]!;
    await until(() => h.server.fake.state.revokedTokens.includes(refreshToken));
    expect(service.snapshot().state).toBe('signed-out');
  });

  it('asks for a client ID before starting', async () => {
    const h = await harness();
    const service = h.service({ clientConfig: () => ({ clientId: null, clientSecret: null }) });
    const error = await rejection(service.signIn({ method: 'browser' }), h);
    expect(error).toMatchObject({
      code: 'invalid_input',
      message:
        'Add your OAuth client ID in Settings > Google account (or set AISLE_OAUTH_CLIENT_ID) first; docs/google-setup.md shows how to create one.',
    });
    expect(h.consentUrls).toHaveLength(0);
  });

  it('reports a rejected client secret', async () => {
    const h = await harness();
    const service = h.service({
      clientConfig: () => ({ clientId: h.server.fake.settings.clientId, clientSecret: 'wrong-secret' }),
    });
    const error = await rejection(service.signIn({ method: 'browser' }), h);
    await h.browserDone();
    expect(error.message).toContain('rejected the OAuth client ID or secret');
    expect(h.pages[0]).toContain('Sign-in failed');
  });

  it('times out, and closes the listener', async () => {
    const h = await harness();
    const service = h.service({ openBrowser: () => Promise.resolve(), signInTimeoutMs: 50 });
    const error = await rejection(service.signIn({ method: 'browser' }), h);
    expect(error.code).toBe('cancelled');
    expect(error.message).toMatch(/^Sign-in timed out/);
    const redirect = new URL(h.consentUrls[0]!).searchParams.get('redirect_uri')!;
    await expect(fetch(redirect)).rejects.toThrow();
  });

  it('allows one sign-in at a time, and cancels', async () => {
    const h = await harness();
    const service = h.service({ openBrowser: () => Promise.resolve() });
    const pending = service.signIn({ method: 'browser' });
    await until(() => h.consentUrls.length === 1);
    expect(service.snapshot()).toEqual({ state: 'signing-in', account: null, method: 'browser', message: null });
    const second = await rejection(service.signIn({ method: 'adc' }), h);
    expect(second.message).toContain('already in progress');
    expect(service.cancelSignIn()).toBe(true);
    const error = await rejection(pending, h);
    expect(error).toMatchObject({ code: 'cancelled', message: 'Sign-in was cancelled.' });
    expect(service.cancelSignIn()).toBe(false);
    expect(service.snapshot()).toMatchObject({ state: 'signed-out', message: 'Sign-in was cancelled.' });
  });

  it('fails at once when the browser cannot open and there is nowhere to show the link', async () => {
    const h = await harness();
    const service = h.service({ openBrowser: () => Promise.reject(new Error('no display')), onConsentUrl: undefined });
    const error = await rejection(service.signIn({ method: 'browser' }), h);
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('could not open your web browser');
  });

  it('keeps the previous session when a new sign-in fails', async () => {
    const h = await harness();
    const service = h.service();
    await service.signIn({ method: 'browser' });
    h.server.fake.settings.consent = 'deny';
    await rejection(service.signIn({ method: 'browser' }), h);
    expect(service.snapshot()).toMatchObject({ state: 'signed-in', account: 'merch@example.com' });
    expect(() => service.client()).not.toThrow();
  });
});
