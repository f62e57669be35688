/**
 * Test support for the auth service: a fake Google OAuth server, a private credentials file in
 * a temporary folder, a "browser" that follows the consent redirect to the loopback listener,
 * and a record of everything the service said (snapshots, logs, pages, errors) so tests can
 * check that no token ever appears in it.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startFakeOAuthServer,
  type FakeOAuthOptions,
  type FakeOAuthServer,
} from '../../../test/google-fakes/fake-oauth';
import { AuthService, type AuthServiceOptions } from './auth-service';
import type { AuthSnapshot } from './auth-types';
import { FileSecretStore } from './file-secret-store';

export interface AuthHarness {
  server: FakeOAuthServer;
  dir: string;
  storePath: string;
  store: FileSecretStore;
  snapshots: AuthSnapshot[];
  logs: string[];
  /** The pages the simulated browser ended on. */
  pages: string[];
  consentUrls: string[];
  /** Resolves when every browser visit so far has finished. */
  browserDone(): Promise<void>;
  /** Everything said to people or logs, for the "no secrets" checks. */
  transcript(): string;
  /** Records an error a test caught, for the transcript; returns it. */
  caught(error: unknown): unknown;
  service(overrides?: Partial<AuthServiceOptions>): AuthService;
  /** Every secret the fake handed out or received. */
  secrets(): string[];
  close(): Promise<void>;
}

export const createAuthHarness = async (fakeOptions: FakeOAuthOptions = {}): Promise<AuthHarness> => {
  const server = await startFakeOAuthServer(fakeOptions);
  const dir = mkdtempSync(join(tmpdir(), 'aisle-auth-'));
  const storePath = join(dir, 'google-credentials.json');
  const store = new FileSecretStore(storePath);
  const snapshots: AuthSnapshot[] = [];
  const logs: string[] = [];
  const pages: string[] = [];
  const consentUrls: string[] = [];
  const errors: string[] = [];
  const visits: Promise<void>[] = [];

  /** Follows the consent page's redirect to Aisle's loopback listener, as a browser would. */
  const simulatedBrowser = (url: string): Promise<void> => {
    visits.push(
      fetch(url)
        .then((response) => response.text())
        .then(
          (text) => {
            pages.push(text);
          },
          (error: unknown) => {
            pages.push(`browser error: ${String(error)}`);
          },
        ),
    );
    return Promise.resolve();
  };

  return {
    server,
    dir,
    storePath,
    store,
    snapshots,
    logs,
    pages,
    consentUrls,
    browserDone: async () => {
      await Promise.all(visits);
    },
    transcript: () =>
      [...snapshots.map((snapshot) => JSON.stringify(snapshot)), ...logs, ...pages, ...errors].join('\n'),
    caught: (error) => {
      errors.push(error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error));
      return error;
    },
    service: (overrides = {}) =>
      new AuthService({
        secrets: store,
        endpoints: server.endpoints,
        clientConfig: () => ({ clientId: server.fake.settings.clientId, clientSecret: 'aisle-test-secret' }),
        openBrowser: simulatedBrowser,
        onConsentUrl: (url) => consentUrls.push(url),
        log: (message, error) =>
          logs.push(
            error === undefined
              ? message
              : `${message} ${error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error)}`,
          ),
        onChange: (snapshot) => snapshots.push(snapshot),
        ...overrides,
      }),
    secrets: () => {
      const { state } = server.fake;
      return [
        ...state.accessTokensIssued,
        ...state.refreshTokensIssued,
        ...state.codesIssued,
        ...state.tokenRequests.flatMap((request) => [request['code_verifier'] ?? '', request['client_secret'] ?? '']),
      ].filter((secret) => secret.length > 0);
    },
    close: async () => {
      await Promise.all(visits);
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

let cachedPrivateKey: string | undefined;

/** Writes a service account key file (a real RSA key, so Google's library accepts it). */
export const writeServiceAccountKey = (dir: string, fields: Record<string, unknown> = {}): string => {
  cachedPrivateKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  const path = join(dir, 'service-account.json');
  writeFileSync(
    path,
    JSON.stringify({
      type: 'service_account',
      project_id: 'aisle-demo-project',
      private_key_id: 'abc123',
      private_key: cachedPrivateKey,
      client_email: 'aisle-runner@aisle-demo-project.iam.gserviceaccount.com',
      client_id: '1234567890',
      token_uri: 'https://oauth2.googleapis.com/token',
      ...fields,
    }),
  );
  return path;
};
