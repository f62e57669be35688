import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFilePath, openCache, type Cache } from '../cache';
import { GoogleSettingsStore } from './google-settings';

describe('GoogleSettingsStore', () => {
  let dataDir: string;
  let cache: Cache;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-google-settings-'));
    cache = openCache(cacheFilePath(dataDir), () => undefined).cache;
  });

  afterEach(() => {
    cache.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores the client and billing project, never showing the secret', () => {
    const store = new GoogleSettingsStore(cache.settings, {});
    expect(store.view()).toEqual({
      oauthClientId: null,
      oauthClientSecretSet: false,
      fromEnvironment: false,
      billingProject: null,
      aiConnection: null,
    });
    const view = store.update({
      oauthClientId: '123-abc.apps.googleusercontent.com',
      oauthClientSecret: 'GOCSPX-example',
      billingProject: 'my-project',
    });
    expect(view).toEqual({
      oauthClientId: '123-abc.apps.googleusercontent.com',
      oauthClientSecretSet: true,
      fromEnvironment: false,
      billingProject: 'my-project',
      aiConnection: null,
    });
    expect(JSON.stringify(view)).not.toContain('GOCSPX');
    expect(store.clientConfig()).toEqual({
      clientId: '123-abc.apps.googleusercontent.com',
      clientSecret: 'GOCSPX-example',
    });
  });

  it('keeps the BigQuery AI connection beside the rest', () => {
    const store = new GoogleSettingsStore(cache.settings, {});
    expect(store.update({ aiConnection: 'my-shop.us.vertex-ai' }).aiConnection).toBe('my-shop.us.vertex-ai');
    expect(store.aiConnection()).toBe('my-shop.us.vertex-ai');
    expect(store.update({ billingProject: 'my-project' }).aiConnection).toBe('my-shop.us.vertex-ai');
    expect(store.update({ aiConnection: null }).aiConnection).toBeNull();
  });

  it('changes only what an update names, and clears with an empty string', () => {
    const store = new GoogleSettingsStore(cache.settings, {});
    store.update({ oauthClientId: '1-a.apps.googleusercontent.com', oauthClientSecret: 's', billingProject: 'p-one1' });
    store.update({ billingProject: 'p-two2' });
    expect(store.clientConfig().clientId).toBe('1-a.apps.googleusercontent.com');
    store.update({ oauthClientId: '', oauthClientSecret: '' });
    expect(store.view()).toMatchObject({ oauthClientId: null, oauthClientSecretSet: false, billingProject: 'p-two2' });
  });

  it('lets AISLE_OAUTH_CLIENT_ID and _SECRET win over Settings', () => {
    const store = new GoogleSettingsStore(cache.settings, {
      AISLE_OAUTH_CLIENT_ID: 'env-1.apps.googleusercontent.com',
      AISLE_OAUTH_CLIENT_SECRET: 'env-secret',
    });
    store.update({ oauthClientId: 'saved-1.apps.googleusercontent.com' });
    expect(store.clientConfig()).toEqual({ clientId: 'env-1.apps.googleusercontent.com', clientSecret: 'env-secret' });
    expect(store.view().fromEnvironment).toBe(true);
  });
});
