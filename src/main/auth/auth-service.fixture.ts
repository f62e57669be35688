/** Shared set-up of the AuthService tests: harnesses over the fake OAuth server, and small helpers. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, vi } from 'vitest';
import type { FakeOAuthOptions } from '../../../test/google-fakes/fake-oauth';
import { AisleError } from '../core/aisle-error';
import { createAuthHarness, type AuthHarness } from './auth-test-harness';

const harnesses: AuthHarness[] = [];

export const harness = async (options: FakeOAuthOptions = {}): Promise<AuthHarness> => {
  const created = await createAuthHarness(options);
  harnesses.push(created);
  return created;
};

export const expired =
  'Your Google sign-in expired or was revoked. Sign in again in Settings > Google account (or with `aisle login`); your cached results are kept.';

export const rejection = async (promise: Promise<unknown>, h: AuthHarness): Promise<AisleError> => {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (caught: unknown) => h.caught(caught),
  );
  expect(error).toBeInstanceOf(AisleError);
  return error as AisleError;
};

/** A Google-style API that answers every request with 401. */
export const unauthorizedApi = async (): Promise<{ url: string; close(): Promise<void> }> => {
  const api = createServer((_req, res) => {
    res
      .writeHead(401, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ error: { code: 401, message: 'Request had invalid authentication credentials.' } }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(api.address() as AddressInfo).port}/bigquery/v2/projects`,
    close: () => new Promise<void>((resolve) => api.close(() => resolve())),
  };
};

export const bearer = async (client: { getRequestHeaders(): Promise<Headers> }): Promise<string> => {
  const header = (await client.getRequestHeaders()).get('authorization');
  if (header === null) throw new Error('the client sent no Authorization header');
  return header.replace(/^Bearer /, '');
};

/** Waits (briefly) for a condition driven by another part of the same process. */
export const until = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
};

/** Closes the harnesses a test made and puts the clock back, after each test of the file. */
export const useAuthHarnesses = (): void => {
  afterEach(async () => {
    vi.useRealTimers();
    await Promise.all(harnesses.splice(0).map((created) => created.close()));
  });
};
