import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JWT } from 'google-auth-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AisleError } from '../core/aisle-error';
import { createAuthHarness, writeServiceAccountKey, type AuthHarness } from './auth-test-harness';

const harnesses: AuthHarness[] = [];

const harness = async (): Promise<AuthHarness> => {
  const created = await createAuthHarness();
  harnesses.push(created);
  return created;
};

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(harnesses.splice(0).map((created) => created.close()));
});

const asJwt = (client: unknown): JWT => {
  if (!(client instanceof JWT)) throw new Error('expected a service account (JWT) client');
  return client;
};

const signInError = async (h: AuthHarness, keyFile: string): Promise<AisleError> => {
  const error = await h
    .service()
    .signIn({ method: 'service-account', keyFile })
    .then(
      () => null,
      (caught: unknown) => h.caught(caught),
    );
  expect(error).toBeInstanceOf(AisleError);
  return error as AisleError;
};

/** No ADC anywhere: no variable, an empty gcloud folder, and no metadata server lookup. */
const withoutAdc = (h: AuthHarness): void => {
  const gcloud = join(h.dir, 'gcloud');
  mkdirSync(gcloud);
  vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', '');
  vi.stubEnv('CLOUDSDK_CONFIG', gcloud);
  vi.stubEnv('METADATA_SERVER_DETECTION', 'none');
};

describe('service account key files', () => {
  it('signs in with a key file, saving the key itself, so the file can be deleted right after', async () => {
    const h = await harness();
    // Where web mode puts an uploaded key.
    mkdirSync(join(h.dir, 'uploads'));
    const keyFile = writeServiceAccountKey(join(h.dir, 'uploads'));
    const keyJson = JSON.parse(readFileSync(keyFile, 'utf8')) as Record<string, unknown>;
    const service = h.service();
    const snapshot = await service.signIn({ method: 'service-account', keyFile });
    expect(snapshot).toEqual({
      state: 'signed-in',
      account: 'aisle-runner@aisle-demo-project.iam.gserviceaccount.com',
      method: 'service-account',
      message: null,
    });
    rmSync(keyFile);

    const client = asJwt(service.client());
    expect(client.email).toBe('aisle-runner@aisle-demo-project.iam.gserviceaccount.com');
    expect(client.key).toBe(keyJson['private_key']);
    expect(await service.projectHint()).toBe('aisle-demo-project');
    expect(statSync(h.storePath).mode & 0o777).toBe(0o600);
    const saved = readFileSync(h.storePath, 'utf8');
    expect(JSON.parse(saved)).toEqual({
      method: 'service-account',
      key: keyJson,
      account: 'aisle-runner@aisle-demo-project.iam.gserviceaccount.com',
    });
    expect(saved).not.toContain(keyFile);

    const restarted = h.service();
    await restarted.restore();
    expect(restarted.snapshot()).toEqual(snapshot);
    expect(asJwt(restarted.client()).key).toBe(keyJson['private_key']);
    expect(await restarted.projectHint()).toBe('aisle-demo-project');
    expect(restarted.savedAccount()).toBe('aisle-runner@aisle-demo-project.iam.gserviceaccount.com');

    // Nothing of the key reached a message or the log.
    const privateKeyBody = (keyJson['private_key'] as string).split('\n')[1]!;
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.transcript()).not.toContain(privateKeyBody);
    expect(h.transcript()).not.toContain('PRIVATE KEY');

    await restarted.signOut();
    expect(h.store.load()).toBeNull();
    expect(h.server.fake.state.revokedTokens).toEqual([]);
  });

  it('restores a sign-in saved by an earlier version, which holds the key file’s path', async () => {
    const h = await harness();
    const keyFile = writeServiceAccountKey(h.dir);
    const old = JSON.stringify({
      method: 'service-account',
      keyFile,
      account: 'aisle-runner@aisle-demo-project.iam.gserviceaccount.com',
    });
    h.store.save(old);
    const service = h.service();
    await service.restore();
    expect(service.snapshot()).toEqual({
      state: 'signed-in',
      account: 'aisle-runner@aisle-demo-project.iam.gserviceaccount.com',
      method: 'service-account',
      message: null,
    });
    expect(service.client()).toBeInstanceOf(JWT);
    expect(await service.projectHint()).toBe('aisle-demo-project');
    // Restoring reads; it does not rewrite the saved sign-in.
    expect(h.store.load()).toBe(old);
  });

  it('refuses a saved key that is incomplete, without quoting it', async () => {
    const h = await harness();
    const keyJson = JSON.parse(readFileSync(writeServiceAccountKey(h.dir), 'utf8')) as Record<string, unknown>;
    h.store.save(
      JSON.stringify({
        method: 'service-account',
        key: { ...keyJson, client_email: 'not-an-email' },
        account: 'aisle-runner@aisle-demo-project.iam.gserviceaccount.com',
      }),
    );
    const service = h.service();
    await service.restore();
    expect(service.snapshot()).toMatchObject({ state: 'signed-out', account: null });
    expect(service.snapshot().message).toContain('The saved service account key is incomplete');
    expect(h.transcript()).not.toContain('PRIVATE KEY');
    // Kept, so signing out (or a new sign-in) is what removes it.
    expect(h.store.load()).not.toBeNull();
    expect(service.savedAccount()).toBe('aisle-runner@aisle-demo-project.iam.gserviceaccount.com');
  });

  it('names a missing file', async () => {
    const h = await harness();
    const error = await signInError(h, join(h.dir, 'nope.json'));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('nope.json was not found');
  });

  it('names a file that is not JSON, without quoting it', async () => {
    const h = await harness();
    const path = join(h.dir, 'key.json');
    writeFileSync(path, '-----BEGIN PRIVATE KEY-----\nMIIsecretbytes\n');
    const error = await signInError(h, path);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'keyFile' });
    expect(error.message).toContain('is not a JSON key file');
    expect(error.message).not.toContain('MIIsecretbytes');
  });

  it('names a JSON file of the wrong type, without quoting it', async () => {
    const h = await harness();
    const path = join(h.dir, 'adc.json');
    writeFileSync(
      path,
      JSON.stringify({
        type: 'authorized_user',
        client_id: 'x',
        client_secret: 'sekret-value',
        refresh_token: '1//sekret',
      }),
    );
    const error = await signInError(h, path);
    expect(error.message).toContain('is not a service account key (its type is "authorized_user")');
    expect(error.message).toContain('Application Default Credentials');
    expect(error.message).not.toContain('sekret');
  });

  it('names an incomplete key', async () => {
    const h = await harness();
    const error = await signInError(h, writeServiceAccountKey(h.dir, { private_key: undefined }));
    expect(error.message).toContain('has no private key');
  });

  it('reports a key file that disappeared since the last run', async () => {
    const h = await harness();
    h.store.save(JSON.stringify({ method: 'service-account', keyFile: join(h.dir, 'gone.json'), account: 'x@y' }));
    const service = h.service();
    await service.restore();
    expect(service.snapshot()).toMatchObject({ state: 'signed-out' });
    expect(service.snapshot().message).toContain('gone.json was not found');
  });
});

describe('Application Default Credentials', () => {
  it('signs in with the credentials GOOGLE_APPLICATION_CREDENTIALS names', async () => {
    const h = await harness();
    withoutAdc(h);
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', writeServiceAccountKey(h.dir));
    const service = h.service();
    const snapshot = await service.signIn({ method: 'adc' });
    expect(snapshot).toMatchObject({
      state: 'signed-in',
      method: 'adc',
      account: 'aisle-runner@aisle-demo-project.iam.gserviceaccount.com',
    });
    expect(await service.projectHint()).toBe('aisle-demo-project');
    expect(JSON.parse(readFileSync(h.storePath, 'utf8'))).toEqual({
      method: 'adc',
      account: 'aisle-runner@aisle-demo-project.iam.gserviceaccount.com',
    });
    // Signing out forgets ADC here but leaves gcloud's credentials alone.
    await service.signOut();
    expect(h.server.fake.state.revokedTokens).toEqual([]);
  });

  it('labels gcloud user credentials as Application Default Credentials', async () => {
    const h = await harness();
    withoutAdc(h);
    writeFileSync(
      join(h.dir, 'gcloud', 'application_default_credentials.json'),
      JSON.stringify({ type: 'authorized_user', client_id: 'c', client_secret: 's', refresh_token: '1//adc-refresh' }),
    );
    // Without a project in the environment, Google's library would ask gcloud and the metadata server.
    vi.stubEnv('GOOGLE_CLOUD_PROJECT', 'aisle-adc-project');
    const service = h.service();
    expect(await service.signIn({ method: 'adc' })).toMatchObject({ account: 'Application Default Credentials' });
    expect(await service.projectHint()).toBe('aisle-adc-project');
    const restarted = h.service();
    await restarted.restore();
    expect(restarted.snapshot()).toMatchObject({ state: 'signed-in', method: 'adc' });
  });

  it('says how to create ADC when there are none', async () => {
    const h = await harness();
    withoutAdc(h);
    const service = h.service();
    const error = await service.signIn({ method: 'adc' }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({
      code: 'not_found',
      message:
        'No Application Default Credentials were found. Run `gcloud auth application-default login` first, or choose another way to sign in.',
    });
    expect(service.snapshot().state).toBe('signed-out');
  });

  it('says when GOOGLE_APPLICATION_CREDENTIALS points to a bad file', async () => {
    const h = await harness();
    withoutAdc(h);
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', join(h.dir, 'missing.json'));
    const error = await h
      .service()
      .signIn({ method: 'adc' })
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect((error as Error).message).toContain('GOOGLE_APPLICATION_CREDENTIALS points to a file');
  });
});
