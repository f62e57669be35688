/**
 * Sign-ins whose tokens arrive when nobody wants them any more (cancelled, timed out), and
 * sign-ins for which Google sends no refresh token. A relay in front of the fake token endpoint
 * lets a test act at the moment the code is exchanged, or change Google's answer.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AisleError } from '../core/aisle-error';
import type { OAuthEndpoints } from '../google/google-endpoints';
import { createAuthHarness, type AuthHarness } from './auth-test-harness';
import type { BrowserSignInOptions, BrowserSignInResult } from './browser-sign-in';

const hooks = vi.hoisted(() => ({ afterBrowserSignIn: null as (() => void) | null }));

// The real browser flow, with a hook for the moment it has handed its tokens to the service.
vi.mock('./browser-sign-in', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./browser-sign-in')>();
  return {
    ...actual,
    browserSignIn: async (options: BrowserSignInOptions): Promise<BrowserSignInResult> => {
      const result = await actual.browserSignIn(options);
      hooks.afterBrowserSignIn?.();
      return result;
    },
  };
});

const harnesses: AuthHarness[] = [];
const closers: (() => Promise<void>)[] = [];

const harness = async (): Promise<AuthHarness> => {
  const created = await createAuthHarness();
  harnesses.push(created);
  return created;
};

afterEach(async () => {
  hooks.afterBrowserSignIn = null;
  vi.useRealTimers();
  await Promise.all(closers.splice(0).map((close) => close()));
  await Promise.all(harnesses.splice(0).map((created) => created.close()));
});

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * Endpoints whose token endpoint relays to the fake. `onCodeExchange` runs when a code
 * exchange arrives, before it is forwarded; `answer` may change the fake's answer to it.
 */
const relayedEndpoints = async (
  h: AuthHarness,
  options: { onCodeExchange?: () => Promise<void> | void; answer?: (body: Record<string, unknown>) => void },
): Promise<OAuthEndpoints> => {
  const relay = createServer((req, res) => {
    void (async () => {
      const form = await readBody(req);
      const exchange = new URLSearchParams(form).get('grant_type') === 'authorization_code';
      if (exchange) await options.onCodeExchange?.();
      const answer = await fetch(h.server.endpoints.tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      const body = (await answer.json()) as Record<string, unknown>;
      if (exchange) options.answer?.(body);
      res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    })();
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        relay.closeAllConnections();
        relay.close(() => resolve());
      }),
  );
  return { ...h.server.endpoints, tokenUrl: `http://127.0.0.1:${(relay.address() as AddressInfo).port}/token` };
};

const failure = async (promise: Promise<unknown>): Promise<AisleError> => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AisleError);
  return error as AisleError;
};

/** Waits (briefly) for a condition driven by another part of the same process. */
const until = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
};

describe('tokens that arrive for a sign-in that is over', () => {
  it('revokes them when the sign-in was cancelled while the code was being exchanged', async () => {
    const h = await harness();
    let cancelNext = false;
    const endpoints = await relayedEndpoints(h, {
      onCodeExchange: () => {
        if (cancelNext) service.cancelSignIn();
      },
    });
    const service = h.service({ endpoints });
    await service.signIn({ method: 'browser' });
    const kept = h.server.fake.state.refreshTokensIssued[0]!;

    cancelNext = true;
    const error = await failure(service.signIn({ method: 'browser' }));
    expect(error).toMatchObject({ code: 'cancelled', message: 'Sign-in was cancelled.' });
    // The exchange goes on after the cancel; its tokens come back to nobody.
    await until(() => h.server.fake.state.refreshTokensIssued.length === 2);
    const unwanted = h.server.fake.state.refreshTokensIssued[1]!;
    await until(() => h.server.fake.state.revokedTokens.includes(unwanted));
    await h.browserDone();
    expect(h.pages[1]).toContain('Sign-in cancelled');
    // The session from before is untouched.
    expect(h.server.fake.state.revokedTokens).not.toContain(kept);
    expect(service.snapshot()).toMatchObject({ state: 'signed-in', account: 'merch@example.com' });
    expect(JSON.parse(h.store.load()!)).toMatchObject({ refreshToken: kept });
    expect(h.transcript()).not.toContain(unwanted);
  });

  it('revokes them when the sign-in timed out while the code was being exchanged', async () => {
    const h = await harness();
    const endpoints = await relayedEndpoints(h, {
      onCodeExchange: () => new Promise((resolve) => setTimeout(resolve, 400)),
    });
    const service = h.service({ endpoints, signInTimeoutMs: 150 });
    const error = await failure(service.signIn({ method: 'browser' }));
    expect(error.code).toBe('cancelled');
    expect(error.message).toMatch(/^Sign-in timed out/);
    await until(() => h.server.fake.state.refreshTokensIssued.length === 1);
    const unwanted = h.server.fake.state.refreshTokensIssued[0]!;
    await until(() => h.server.fake.state.revokedTokens.includes(unwanted));
    expect(h.store.load()).toBeNull();
    expect(service.snapshot().state).toBe('signed-out');
  });

  it('revokes them when the sign-in was cancelled just after the browser flow handed them over', async () => {
    const h = await harness();
    const service = h.service();
    await service.signIn({ method: 'browser' });
    const kept = h.server.fake.state.refreshTokensIssued[0]!;
    const saved = h.store.load();

    hooks.afterBrowserSignIn = () => {
      service.cancelSignIn();
    };
    const error = await failure(service.signIn({ method: 'browser' }));
    expect(error).toMatchObject({ code: 'cancelled', message: 'Sign-in was cancelled.' });
    const unwanted = h.server.fake.state.refreshTokensIssued[1]!;
    await until(() => h.server.fake.state.revokedTokens.includes(unwanted));
    expect(h.server.fake.state.revokedTokens).not.toContain(kept);
    expect(service.snapshot()).toMatchObject({
      state: 'signed-in',
      account: 'merch@example.com',
      message: 'Sign-in was cancelled.',
    });
    expect(h.store.load()).toBe(saved);
  });
});

describe('a sign-in without a refresh token', () => {
  it('ends with a message once its access token expires', async () => {
    const h = await harness();
    const endpoints = await relayedEndpoints(h, {
      answer: (body) => {
        delete body['refresh_token'];
      },
    });
    const service = h.service({ endpoints });
    const snapshot = await service.signIn({ method: 'browser' });
    expect(snapshot).toMatchObject({ state: 'signed-in', account: 'merch@example.com' });
    expect(snapshot.message).toContain('Signed in for this session only');
    expect(h.store.load()).toBeNull();
    expect(h.server.fake.isValidAccessToken(h.server.fake.state.accessTokensIssued[0]!)).toBe(true);

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 60 * 60 * 1000 });
    const client = service.client();
    const error = await client.getRequestHeaders().catch((caught: unknown) => caught);
    expect(service.handleAuthFailure(error, client)).toBe(true);
    expect(service.snapshot()).toEqual({
      state: 'signed-out',
      account: null,
      method: null,
      message:
        'Your Google sign-in was for one session only (Google sent no refresh token), and it has now expired. Sign in again in Settings > Google account (or with `aisle login`); your cached results are kept.',
    });
    expect(h.snapshots.at(-1)).toEqual(service.snapshot());
    expect(h.logs.some((line) => line.includes('no refresh token'))).toBe(true);
  });
});
