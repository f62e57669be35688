import { createTestCore } from '../../src/main/core/test-core';
import type { Core } from '../../src/main/core/create-core';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_PROJECT, type FakeGoogle } from './fake-google-server';

/** The environment that points a test core at the loopback Google fakes, with the fake OAuth client. */
export const fakeGoogleEnv = (google: FakeGoogle, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  AISLE_OAUTH_ENDPOINT: google.url,
  AISLE_BIGQUERY_API_ENDPOINT: google.url,
  AISLE_OAUTH_CLIENT_ID: FAKE_CLIENT_ID,
  AISLE_OAUTH_CLIENT_SECRET: FAKE_CLIENT_SECRET,
  ...extra,
});

/**
 * A real core signed in to the fakes through the consent page (a simulated browser follows
 * it), with the fake project to bill: where every BigQuery test of a domain starts.
 */
export const signedInCore = async (
  dataDir: string,
  google: FakeGoogle,
  extraEnv: NodeJS.ProcessEnv = {},
  options: Parameters<typeof createTestCore>[2] = {},
): Promise<Core> => {
  const core = createTestCore(dataDir, fakeGoogleEnv(google, extraEnv), options);
  core.events.subscribe((message) => {
    if (message.name === 'auth.consent') void fetch(message.payload.url);
  });
  const signIn = await core.router.invoke('auth.signIn', { method: 'browser' }, { transport: 'http' });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.error.message}`);
  const billing = await core.router.invoke(
    'google.settings.set',
    { billingProject: FAKE_PROJECT },
    { transport: 'http' },
  );
  if (!billing.ok) throw new Error(`billing project refused: ${billing.error.message}`);
  return core;
};

/** The SQL of every job (not dry run) the BigQuery fake received, in order. */
export const jobSqlOf = (google: FakeGoogle): string[] =>
  google.bigquery.requests.flatMap((request) => {
    if (request.route !== 'jobs.insert') return [];
    const body = request.body as { configuration?: { query?: { query?: string }; dryRun?: boolean } };
    return body.configuration?.dryRun ? [] : [body.configuration?.query?.query ?? ''];
  });
