import { z } from 'zod';
import type { GoogleSettings, MethodParsedInput } from '../../shared/contract';
import type { SettingsStore } from '../cache/settings-store';

const KEY = 'google';

/**
 * What Settings > Google account stores in the cache. A Desktop OAuth client's secret is not
 * confidential (Google says so: it ships inside every installed app), so the cache may hold it;
 * it still never leaves main.
 */
const StoredGoogleSettings = z.object({
  oauthClientId: z.string().nullable().default(null),
  oauthClientSecret: z.string().nullable().default(null),
  billingProject: z.string().nullable().default(null),
  aiConnection: z.string().nullable().default(null),
});
type StoredGoogleSettings = z.infer<typeof StoredGoogleSettings>;

export interface OAuthClientConfig {
  clientId: string | null;
  clientSecret: string | null;
}

/** Google settings: the cache's values, with AISLE_OAUTH_CLIENT_ID / _SECRET winning when set. */
export class GoogleSettingsStore {
  readonly #settings: SettingsStore;
  readonly #env: NodeJS.ProcessEnv;

  constructor(settings: SettingsStore, env: NodeJS.ProcessEnv) {
    this.#settings = settings;
    this.#env = env;
  }

  #stored(): StoredGoogleSettings {
    return this.#settings.get(KEY, StoredGoogleSettings) ?? StoredGoogleSettings.parse({});
  }

  #envClient(): OAuthClientConfig | null {
    const clientId = this.#env['AISLE_OAUTH_CLIENT_ID']?.trim();
    if (!clientId) return null;
    return { clientId, clientSecret: this.#env['AISLE_OAUTH_CLIENT_SECRET']?.trim() || null };
  }

  clientConfig(): OAuthClientConfig {
    const stored = this.#stored();
    return this.#envClient() ?? { clientId: stored.oauthClientId, clientSecret: stored.oauthClientSecret };
  }

  billingProject(): string | null {
    return this.#stored().billingProject;
  }

  aiConnection(): string | null {
    return this.#stored().aiConnection;
  }

  view(): GoogleSettings {
    const client = this.clientConfig();
    return {
      oauthClientId: client.clientId,
      oauthClientSecretSet: client.clientSecret !== null,
      fromEnvironment: this.#envClient() !== null,
      billingProject: this.billingProject(),
      aiConnection: this.aiConnection(),
    };
  }

  update(update: MethodParsedInput<'google.settings.set'>): GoogleSettings {
    const stored = this.#stored();
    const next: StoredGoogleSettings = {
      oauthClientId:
        update.oauthClientId === undefined
          ? stored.oauthClientId
          : update.oauthClientId === ''
            ? null
            : update.oauthClientId,
      oauthClientSecret:
        update.oauthClientSecret === undefined
          ? stored.oauthClientSecret
          : update.oauthClientSecret === ''
            ? null
            : update.oauthClientSecret,
      billingProject: update.billingProject === undefined ? stored.billingProject : update.billingProject,
      aiConnection: update.aiConnection === undefined ? stored.aiConnection : update.aiConnection,
    };
    this.#settings.set(KEY, next);
    return this.view();
  }
}
