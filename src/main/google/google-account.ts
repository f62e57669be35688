import type { AuthState, GoogleDataset, GoogleProject, SignInRequest } from '../../shared/contract';
import type { AuthService } from '../auth/auth-service';
import type { SecretStore } from '../auth/secret-store';
import { listDatasets, listProjects, type CatalogOptions } from '../bigquery/bigquery-catalog';
import type { BigQueryAccessOptions } from '../bigquery/bigquery-session';
import { AisleError } from '../core/aisle-error';
import type { Log } from '../core/logger';
import type { GoogleSettingsStore } from './google-settings';

export interface GoogleAccountDeps {
  auth: AuthService;
  settings: GoogleSettingsStore;
  secrets: Pick<SecretStore, 'kind'>;
  /** AISLE_BIGQUERY_API_ENDPOINT; undefined for Google's. */
  bigQueryEndpoint: string | undefined;
  /** GOOGLE_CLOUD_PROJECT: the billing project when Settings names none. */
  defaultProject: string | undefined;
  log: Log;
}

const FILE_STORAGE_WARNING =
  'Aisle keeps your Google credentials (a refresh token, or a service account key) in a private file in its data folder, readable only by your user, because no OS keychain is in use here; the desktop app uses the keychain where the system has one.';

/** The person's Google account as the rest of main sees it: session, settings, billing project, catalog. */
export class GoogleAccount {
  readonly #deps: GoogleAccountDeps;

  constructor(deps: GoogleAccountDeps) {
    this.#deps = deps;
  }

  get auth(): AuthService {
    return this.#deps.auth;
  }

  state(): AuthState {
    const { auth, settings, secrets } = this.#deps;
    const snapshot = auth.snapshot();
    // A browser sign-in keeps a refresh token and a key-file sign-in the key: both sit in the store.
    const keepsSecrets =
      snapshot.state !== 'signed-in' || snapshot.method === 'browser' || snapshot.method === 'service-account';
    return {
      ...snapshot,
      clientIdConfigured: settings.clientConfig().clientId !== null,
      credentialStorage: secrets.kind,
      storageWarning: secrets.kind === 'file' && keepsSecrets ? FILE_STORAGE_WARNING : null,
      billingProject: this.billingProjectOrNull(),
    };
  }

  async signIn(request: SignInRequest): Promise<AuthState> {
    await this.#deps.auth.signIn(request);
    // Service accounts and ADC name a project; it is the natural place to bill until the person picks another.
    if (this.#deps.settings.billingProject() === null) {
      const hint = await this.#deps.auth.projectHint().catch(() => null);
      if (hint) this.#deps.settings.update({ billingProject: hint });
    }
    return this.state();
  }

  setBillingProject(projectId: string): void {
    this.#deps.settings.update({ billingProject: projectId });
  }

  billingProjectOrNull(): string | null {
    return this.#deps.settings.billingProject() ?? this.#deps.defaultProject ?? null;
  }

  /** The project jobs bill to; an error that says where to choose one when there is none. */
  billingProject(): string {
    const project = this.billingProjectOrNull();
    if (project === null) {
      throw new AisleError(
        'invalid_input',
        'Choose a billing project in Settings > Google account (or with `aisle login --project ID`): BigQuery runs every query as a job in one of your projects, even on public data.',
        { field: 'billingProject' },
      );
    }
    return project;
  }

  /** What every BigQuery call needs from the session: credentials, endpoint, what to do when they die. */
  bigQueryAccess(): BigQueryAccessOptions {
    return {
      authClient: () => this.#deps.auth.client(),
      apiEndpoint: this.#deps.bigQueryEndpoint,
      onAuthFailure: (error: unknown) => this.#deps.auth.handleAuthFailure(error),
      log: this.#deps.log,
    };
  }

  #catalogOptions(): CatalogOptions {
    const billingProject = this.billingProjectOrNull();
    return { ...this.bigQueryAccess(), ...(billingProject === null ? {} : { billingProject }) };
  }

  async projects(): Promise<GoogleProject[]> {
    this.#deps.auth.client();
    return listProjects(this.#catalogOptions());
  }

  async datasets(projectId: string): Promise<GoogleDataset[]> {
    this.#deps.auth.client();
    return listDatasets(this.#catalogOptions(), projectId);
  }
}
