import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { bearer, harness, until, useAuthHarnesses } from './auth-service.fixture';
import type { AuthSnapshot } from './auth-types';

useAuthHarnesses();

describe('AuthService restore', () => {
  it('uses AISLE_GOOGLE_ACCESS_TOKEN as is and stores nothing', async () => {
    const h = await harness();
    h.store.save(JSON.stringify({ method: 'adc', account: 'Application Default Credentials' }));
    const service = h.service({ accessToken: 'ya29.from-the-environment' });
    await service.restore();
    expect(service.snapshot()).toEqual({
      state: 'signed-in',
      account: 'Access token (AISLE_GOOGLE_ACCESS_TOKEN)',
      method: 'access-token',
      message: null,
    });
    expect(await bearer(service.client())).toBe('ya29.from-the-environment');
    expect(await service.projectHint()).toBeNull();

    const unauthorized = Object.assign(new Error('Request had invalid authentication credentials.'), { code: 401 });
    expect(service.handleAuthFailure(unauthorized)).toBe(true);
    expect(service.snapshot().message).toContain('AISLE_GOOGLE_ACCESS_TOKEN');
    // The saved sign-in was not what failed.
    expect(h.store.load()).not.toBeNull();
    expect(h.transcript()).not.toContain('ya29.from-the-environment');
  });

  it('stays signed out with nothing saved, and removes an unreadable file', async () => {
    const h = await harness();
    const service = h.service();
    await service.restore();
    expect(service.snapshot()).toEqual({ state: 'signed-out', account: null, method: null, message: null });
    h.store.save('{"method":"browser"');
    await service.restore();
    expect(service.snapshot().message).toContain('could not be read');
    expect(existsSync(h.storePath)).toBe(false);
  });

  it('signs out a saved sign-in it could not restore: revokes its refresh token and removes it', async () => {
    const h = await harness();
    await h.service().signIn({ method: 'browser' });
    const refreshToken = h.server.fake.state.refreshTokensIssued[0]!;
    // The client ID was removed from Settings since: the saved sign-in cannot be restored.
    const service = h.service({ clientConfig: () => ({ clientId: null, clientSecret: null }) });
    await service.restore();
    expect(service.snapshot()).toMatchObject({ state: 'signed-out', account: null });
    expect(service.savedAccount()).toBe('merch@example.com');

    const snapshot = await service.signOut();
    // The revoke endpoint needs no client ID.
    expect(h.server.fake.state.revokedTokens).toEqual([refreshToken]);
    expect(snapshot).toEqual({ state: 'signed-out', account: null, method: null, message: null });
    expect(h.snapshots.at(-1)).toEqual(snapshot);
    expect(existsSync(h.storePath)).toBe(false);
    expect(service.savedAccount()).toBeNull();
    expect(h.logs.some((line) => line.includes('revoked the refresh token'))).toBe(true);
    expect(h.transcript()).not.toContain(refreshToken);
  });

  it('needs the client ID to restore a browser sign-in, and keeps the saved one', async () => {
    const h = await harness();
    await h.service().signIn({ method: 'browser' });
    const service = h.service({ clientConfig: () => ({ clientId: '', clientSecret: null }) });
    await service.restore();
    expect(service.snapshot()).toMatchObject({ state: 'signed-out' });
    expect(service.snapshot().message).toContain('Add your OAuth client ID');
    expect(h.store.load()).not.toBeNull();
  });
});

describe('AuthService beside another process that shares the saved sign-in', () => {
  it('switches to the sign-in another process saved, instead of deleting it, when its own token was revoked', async () => {
    const h = await harness();
    const seen: AuthSnapshot[] = [];
    // `aisle serve`, signed in with the first refresh token.
    const serve = h.service({ onChange: (snapshot) => seen.push(snapshot) });
    await serve.signIn({ method: 'browser' });
    const first = h.server.fake.state.refreshTokensIssued[0]!;
    const firstClient = serve.client();
    // `aisle login` in another process, as another account: saves the second token and revokes the first.
    h.server.fake.settings.email = 'analyst@example.com';
    const cli = h.service();
    await cli.restore();
    await cli.signIn({ method: 'browser' });
    const second = h.server.fake.state.refreshTokensIssued[1]!;
    await until(() => h.server.fake.state.revokedTokens.includes(first));

    // An hour later, the server's refresh with the first token fails.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 60 * 60 * 1000 });
    const error = await firstClient.getAccessToken().catch((caught: unknown) => caught);
    expect(serve.handleAuthFailure(error, firstClient)).toBe(false);
    await until(() => serve.snapshot().account === 'analyst@example.com');
    expect(serve.snapshot()).toEqual({
      state: 'signed-in',
      account: 'analyst@example.com',
      method: 'browser',
      message: null,
    });
    expect(seen.at(-1)).toEqual(serve.snapshot());
    expect(seen.some((snapshot) => snapshot.state === 'signed-out')).toBe(false);
    expect(JSON.parse(readFileSync(h.storePath, 'utf8'))).toEqual({
      method: 'browser',
      refreshToken: second,
      account: 'analyst@example.com',
    });

    // The server now works with the second token.
    expect(serve.client()).not.toBe(firstClient);
    const token = await bearer(serve.client());
    expect(h.server.fake.isValidAccessToken(token)).toBe(true);
    expect(h.server.fake.state.lastTokenRequest).toMatchObject({ grant_type: 'refresh_token', refresh_token: second });
    // Late failures of the first credentials change nothing.
    expect(serve.handleAuthFailure(error)).toBe(false);
    expect(serve.handleAuthFailure(error, firstClient)).toBe(false);
    expect(serve.snapshot().state).toBe('signed-in');
    expect(h.transcript()).not.toContain(second);
  });

  it('signs out, keeping the other process’s saved sign-in, when that one cannot be restored here', async () => {
    const h = await harness();
    const serve = h.service();
    await serve.signIn({ method: 'browser' });
    const failing = serve.client();
    const missingKey = JSON.stringify({
      method: 'service-account',
      keyFile: `${h.dir}/gone.json`,
      account: 'runner@example.iam.gserviceaccount.com',
    });
    h.store.save(missingKey);
    h.server.fake.revoke(h.server.fake.state.refreshTokensIssued[0]!);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 60 * 60 * 1000 });
    const error = await failing.getAccessToken().catch((caught: unknown) => caught);
    expect(serve.handleAuthFailure(error)).toBe(false);
    await until(() => serve.snapshot().state === 'signed-out');
    expect(serve.snapshot().message).toContain('gone.json was not found');
    expect(h.store.load()).toBe(missingKey);
  });
});

describe('AuthService keeps secrets out of what it says', () => {
  it('never shows or logs a token, code or verifier', async () => {
    const h = await harness();
    const service = h.service();
    await service.signIn({ method: 'browser' });
    await service.client().getAccessToken();
    // A second sign-in replaces (and revokes) the first refresh token.
    await service.signIn({ method: 'browser' });
    const restarted = h.service();
    await restarted.restore();
    h.server.fake.revoke(h.server.fake.state.refreshTokensIssued[1]!);
    const refreshFailure = await restarted
      .client()
      .getAccessToken()
      .catch((caught: unknown) => caught);
    restarted.handleAuthFailure(refreshFailure);
    await restarted.signIn({ method: 'browser' });
    await restarted.signOut();
    h.server.fake.settings.consent = 'wrong-state';
    const refused = restarted.signIn({ method: 'browser' }).catch((caught: unknown) => h.caught(caught));
    await until(() => h.consentUrls.length === 4);
    await h.browserDone();
    restarted.cancelSignIn();
    await refused;
    h.server.fake.settings.consent = 'deny';
    await restarted.signIn({ method: 'browser' }).catch((caught: unknown) => h.caught(caught));
    await h.browserDone();

    const transcript = h.transcript();
    expect(h.logs.length).toBeGreaterThan(3);
    expect(h.snapshots.length).toBeGreaterThan(5);
    const secrets = h.secrets();
    expect(secrets.length).toBeGreaterThan(8);
    for (const secret of secrets) expect(transcript).not.toContain(secret);
  });
});
