import { OAuth2Client, type AuthClient, type Credentials } from 'google-auth-library';
import { AisleError } from '../core/aisle-error';
import type { Log } from '../core/logger';
import type { OAuthEndpoints } from '../google/google-endpoints';
import { adcCredentials } from './adc-credentials';
import { classifyAuthFailure, describeGoogleError, refreshTokenSentBy } from './auth-failure';
import type { AuthMethod, AuthSnapshot, SignInRequest } from './auth-types';
import { browserSignIn } from './browser-sign-in';
import { expiredMessage, signedOutMessage } from './auth-messages';
import { serviceAccountSession, session, type Session } from './auth-session';
import { withTimeout } from './with-timeout';
import { checkGrantedScopes, oauthClient, recordOf } from './oauth-session-parts';
import type { SecretStore } from './secret-store';
import {
  credentialsForKey,
  readServiceAccountKey,
  savedServiceAccountKey,
  serviceAccountCredentials,
} from './service-account-key';
import {
  parseCredentials,
  sameCredentials,
  serializeCredentials,
  storedRefreshToken,
  type StoredCredentials,
} from './stored-credentials';

export type { AuthMethod, AuthSnapshot, SignInRequest } from './auth-types';
export type { SecretStore } from './secret-store';
export { signedOutMessage };

export interface AuthServiceOptions {
  secrets: SecretStore;
  endpoints?: OAuthEndpoints | undefined;
  /** Read at each sign-in: Settings value or env AISLE_OAUTH_CLIENT_ID/SECRET. */
  clientConfig: () => { clientId: string | null; clientSecret: string | null };
  /** Opens the consent URL in the system browser (Electron shell.openExternal, or the `open` package); may reject. */
  openBrowser: (url: string) => Promise<void>;
  /** Called with the consent URL too, so the UI/CLI can show "if your browser did not open, visit ...". */
  onConsentUrl?: ((url: string) => void) | undefined;
  /** AISLE_GOOGLE_ACCESS_TOKEN: a raw access token; when set, the session is 'access-token' and nothing is stored. */
  accessToken?: string | undefined;
  log: Log;
  onChange: (snapshot: AuthSnapshot) => void;
  /** How long the browser flow waits for Google's answer; 5 minutes unless set. */
  signInTimeoutMs?: number | undefined;
}

/** One set of working credentials. Tokens live here, in memory; only `persist` decides what is saved. */
const accessTokenAccount = 'Access token (AISLE_GOOGLE_ACCESS_TOKEN)';
const defaultSignInTimeoutMs = 5 * 60_000;
const revokeTimeoutMs = 5_000;
const projectLookupTimeoutMs = 3_000;

/**
 * The Google session of the main process: signs in (browser, ADC, service account key, or an
 * access token from the environment), keeps the credentials, and hands out the AuthClient the
 * Google clients use. Tokens stay in this process: snapshots carry who and how, never a token,
 * and nothing a Google library says is logged or shown (its text can quote request bodies).
 */
export class AuthService {
  readonly #options: AuthServiceOptions;
  #session: Session | null = null;
  #message: string | null = null;
  #signIn: { controller: AbortController; method: AuthMethod } | null = null;
  /** The dead session being replaced by a newer saved sign-in (see handleAuthFailure). */
  #replacing: Session | null = null;
  #lastEmitted = '';

  constructor(options: AuthServiceOptions) {
    this.#options = options;
  }

  snapshot(): AuthSnapshot {
    if (this.#signIn) return { state: 'signing-in', account: null, method: this.#signIn.method, message: null };
    const current = this.#session;
    return current
      ? { state: 'signed-in', account: current.account, method: current.method, message: this.#message }
      : { state: 'signed-out', account: null, method: null, message: this.#message };
  }

  /**
   * The account of the saved sign-in, read from the credentials store; null when nothing
   * readable is saved. It names a saved sign-in that could not be restored (say, one that needs
   * a client ID no longer configured), which signOut() still revokes and removes.
   */
  savedAccount(): string | null {
    return this.#loadSaved()?.account || null;
  }

  /** At start: the environment's access token, else the saved sign-in. Needs no network. */
  async restore(): Promise<void> {
    if (this.#signIn) return;
    const token = this.#options.accessToken?.trim();
    if (token) {
      const client = new OAuth2Client();
      client.setCredentials({ access_token: token });
      this.#session = session({ method: 'access-token', account: accessTokenAccount, client });
      this.#message = null;
      this.#emit();
      return;
    }
    let text: string | null;
    try {
      text = this.#options.secrets.load();
    } catch (error) {
      this.#log(`could not read the saved sign-in from the ${this.#storeName()} (${describeGoogleError(error)})`);
      this.#signedOut(
        'Aisle could not read your saved Google sign-in. Sign in again in Settings > Google account (or with `aisle login`).',
      );
      return;
    }
    if (text === null) {
      this.#emit();
      return;
    }
    const stored = parseCredentials(text);
    if (!stored) {
      this.#log('the saved sign-in is unreadable; removing it');
      this.#clearStore();
      this.#signedOut(
        'Your saved Google sign-in could not be read, so Aisle removed it. Sign in again in Settings > Google account (or with `aisle login`).',
      );
      return;
    }
    try {
      this.#session = await this.#sessionFromStored(stored);
      this.#message = null;
      this.#emit();
    } catch (error) {
      this.#log(`could not restore the saved ${stored.method} sign-in (${describeGoogleError(error)})`);
      this.#signedOut(
        error instanceof AisleError
          ? error.message
          : 'Aisle could not restore your Google sign-in. Sign in again in Settings > Google account (or with `aisle login`).',
      );
    }
  }

  /**
   * Resolves when signed in (the browser flow: once the code came back and was exchanged). A
   * service account's key is read from `keyFile` and saved itself, so the file may be deleted
   * once this resolves.
   */
  async signIn(request: SignInRequest): Promise<AuthSnapshot> {
    if (this.#signIn) {
      throw new AisleError(
        'unavailable',
        'A sign-in is already in progress: finish it in your browser, or cancel it first.',
      );
    }
    const controller = new AbortController();
    this.#signIn = { controller, method: request.method };
    this.#emit();
    let next: Session | null = null;
    try {
      next = await this.#establish(request, controller.signal);
      if (controller.signal.aborted) throw new AisleError('cancelled', 'Sign-in was cancelled.');
    } catch (error) {
      // Tokens that arrived for a sign-in that then failed or was cancelled are not wanted.
      if (next?.refreshToken) void this.#revoke(next.refreshToken);
      const failure =
        error instanceof AisleError
          ? error
          : new AisleError('unavailable', 'The sign-in failed inside Aisle. Try again.');
      if (!(error instanceof AisleError)) this.#log(`sign-in failed (${describeGoogleError(error)})`);
      this.#signIn = null;
      this.#message = failure.message;
      this.#emit();
      throw failure;
    }
    this.#signIn = null;
    const previous = this.#session;
    this.#session = next;
    this.#message = this.#persist(next);
    this.#log(`signed in (${next.method})`);
    this.#emit();
    if (previous?.refreshToken && previous.refreshToken !== next.refreshToken) void this.#revoke(previous.refreshToken);
    return this.snapshot();
  }

  /** True when a sign-in was in progress (it then fails with a 'cancelled' error). */
  cancelSignIn(): boolean {
    if (!this.#signIn) return false;
    this.#signIn.controller.abort();
    return true;
  }

  /**
   * Forgets the credentials here, removes the saved sign-in, and revokes at Google (best effort;
   * never throws for that) the refresh tokens of both: also one saved that could not be restored.
   */
  async signOut(): Promise<AuthSnapshot> {
    this.cancelSignIn();
    const previous = this.#session;
    const saved = this.#loadSaved();
    this.#session = null;
    this.#message = null;
    this.#clearStore();
    const tokens = new Set<string>();
    if (previous?.refreshToken) tokens.add(previous.refreshToken);
    const savedToken = saved ? storedRefreshToken(saved) : null;
    if (savedToken) tokens.add(savedToken);
    if (previous) this.#log(`signed out (${previous.method})`);
    else if (saved) this.#log(`signed out (removed the saved ${saved.method} sign-in)`);
    this.#emit();
    await Promise.all([...tokens].map((token) => this.#revoke(token)));
    return this.snapshot();
  }

  /** The credentials for Google's clients (BigQuery's and Gemini's `authClient`); the same object for one session. */
  client(): AuthClient {
    if (!this.#session) throw new AisleError('unauthorized', signedOutMessage);
    return this.#session.client;
  }

  /** The project of ADC or service account credentials, to preselect a billing project; null otherwise. */
  projectHint(): Promise<string | null> {
    const current = this.#session;
    if (!current) return Promise.resolve(null);
    if (current.keyProjectId) return Promise.resolve(current.keyProjectId);
    const auth = current.auth;
    if (!auth) return Promise.resolve(null);
    current.projectHint ??= withTimeout(auth.getProjectId(), projectLookupTimeoutMs).then(
      (projectId) => projectId || null,
      () => null,
    );
    return current.projectHint;
  }

  /**
   * Callers pass every error a Google client gave them, and the AuthClient the request used when
   * they have it. True when it means the credentials are dead (a refresh answered invalid_grant
   * or invalid_client, an expired access token has no refresh token, or an API answered 401):
   * the session is then signed out with a message saying what to do, and the saved sign-in is
   * removed. False for anything else, for a failure of credentials that are no longer current
   * (another client than `client()`, a replaced refresh token), and when another process (the
   * CLI beside `aisle serve`) has since saved a newer sign-in: that one is restored instead, and
   * onChange hears about it.
   */
  handleAuthFailure(error: unknown, client?: AuthClient): boolean {
    const failure = classifyAuthFailure(error);
    const current = this.#session;
    if (!failure || !current) return false;
    // A request made with a replaced session's credentials says nothing about the current ones.
    if (client !== undefined && client !== current.client) return false;
    // Neither does a refresh that a replaced session started.
    const sent = refreshTokenSentBy(error);
    if (sent !== undefined && current.refreshToken !== null && sent !== current.refreshToken) return false;
    // An environment token was never saved: the saved sign-in (if any) is not what failed.
    if (current.method !== 'access-token') {
      if (this.#replacing === current) return false;
      const newer = this.#newerSaved(current);
      if (newer) {
        this.#replace(current, newer);
        return false;
      }
    }
    this.#session = null;
    this.#message = expiredMessage(current.method, failure);
    if (current.method !== 'access-token') this.#clearStore();
    this.#log(`Google rejected the ${current.method} credentials (${describeGoogleError(error)}); signed out`);
    this.#emit();
    return true;
  }

  /**
   * The saved sign-in when it is not the one `current` came from (another process signed in
   * since); null when it is, or when nothing readable is saved.
   */
  #newerSaved(current: Session): StoredCredentials | null {
    const saved = this.#loadSaved();
    if (!saved) return null;
    const own = recordOf(current);
    const ours =
      (current.saved !== null && sameCredentials(saved, current.saved)) ||
      (own !== null && sameCredentials(saved, own));
    return ours ? null : saved;
  }

  /** Replaces the dead session `failed` with the newer saved sign-in, unless something else replaced it first. */
  #replace(failed: Session, stored: StoredCredentials): void {
    this.#replacing = failed;
    this.#log(
      `the ${failed.method} credentials were rejected, and a newer ${stored.method} sign-in was saved since; using it`,
    );
    void this.#sessionFromStored(stored)
      .then(
        (next) => {
          if (this.#session !== failed) return;
          this.#session = next;
          this.#message = null;
          this.#emit();
        },
        (error: unknown) => {
          this.#log(`could not restore the newer saved ${stored.method} sign-in (${describeGoogleError(error)})`);
          if (this.#session !== failed) return;
          // The saved sign-in is another process's: keep it.
          this.#signedOut(
            error instanceof AisleError
              ? error.message
              : 'Aisle could not restore your Google sign-in. Sign in again in Settings > Google account (or with `aisle login`).',
          );
        },
      )
      .finally(() => {
        if (this.#replacing === failed) this.#replacing = null;
      });
  }

  async #establish(request: SignInRequest, signal: AbortSignal): Promise<Session> {
    switch (request.method) {
      case 'browser': {
        const client = oauthClient(this.#options.endpoints, this.#options.clientConfig());
        const { credentials, account } = await browserSignIn({
          client,
          openBrowser: this.#options.openBrowser,
          onConsentUrl: this.#options.onConsentUrl,
          timeoutMs: this.#options.signInTimeoutMs ?? defaultSignInTimeoutMs,
          signal,
          log: (message) => this.#options.log(message),
        });
        try {
          checkGrantedScopes(credentials);
          client.setCredentials(credentials);
          return this.#browserSession(client, account, credentials.refresh_token ?? null);
        } catch (error) {
          const unwanted = credentials.refresh_token ?? credentials.access_token;
          if (unwanted) void this.#revoke(unwanted);
          throw error;
        }
      }
      case 'adc': {
        const { auth, client, account } = await adcCredentials();
        return session({ method: 'adc', account, client, auth });
      }
      case 'service-account':
        return serviceAccountSession(serviceAccountCredentials(request.keyFile));
    }
  }

  async #sessionFromStored(stored: StoredCredentials): Promise<Session> {
    let restored: Session;
    switch (stored.method) {
      case 'browser': {
        const client = oauthClient(this.#options.endpoints, this.#options.clientConfig());
        client.setCredentials({ refresh_token: stored.refreshToken });
        restored = this.#browserSession(client, stored.account, stored.refreshToken);
        break;
      }
      case 'adc':
        restored = await this.#establish({ method: 'adc' }, new AbortController().signal);
        break;
      case 'service-account':
        // Sign-ins saved before the key itself was saved hold the key file's path.
        restored = serviceAccountSession(
          credentialsForKey(
            'keyFile' in stored ? readServiceAccountKey(stored.keyFile) : savedServiceAccountKey(stored.key),
          ),
        );
        break;
    }
    restored.saved = stored;
    return restored;
  }

  #browserSession(client: OAuth2Client, account: string, refreshToken: string | null): Session {
    const created = session({ method: 'browser', account, client, refreshToken });
    // Google may rotate the refresh token on a refresh; keep the newest one saved.
    client.on('tokens', (tokens: Credentials) => {
      const rotated = tokens.refresh_token;
      if (!rotated || rotated === created.refreshToken || this.#session !== created) return;
      created.refreshToken = rotated;
      this.#persist(created);
    });
    return created;
  }

  /** Saves what the next start needs; returns a message for the snapshot when that was not possible. */
  #persist(current: Session): string | null {
    if (current.method === 'access-token') return null;
    const stored = recordOf(current);
    try {
      if (stored) {
        this.#options.secrets.save(serializeCredentials(stored));
        current.saved = stored;
        return null;
      }
      this.#options.secrets.clear();
      current.saved = null;
      return 'Signed in for this session only: Google sent no refresh token, so Aisle will ask you to sign in again next time.';
    } catch (error) {
      this.#log(`could not save the sign-in to the ${this.#storeName()} (${describeGoogleError(error)})`);
      return `Signed in, but Aisle could not save the sign-in to the ${this.#storeName()}, so you will need to sign in again next time.`;
    }
  }

  /** The saved sign-in, or null when nothing (readable) is saved. Never throws. */
  #loadSaved(): StoredCredentials | null {
    try {
      const text = this.#options.secrets.load();
      return text === null ? null : parseCredentials(text);
    } catch {
      return null;
    }
  }

  /** Revokes a refresh (or access) token at Google. The revoke endpoint needs no client ID, so any token can go. */
  async #revoke(token: string): Promise<void> {
    const endpoints = this.#options.endpoints;
    const client = new OAuth2Client(endpoints ? { endpoints: { oauth2RevokeUrl: endpoints.revokeUrl } } : {});
    try {
      await withTimeout(client.revokeToken(token), revokeTimeoutMs);
      this.#log('revoked the refresh token at Google');
    } catch (error) {
      this.#log(
        `could not revoke the refresh token at Google (${describeGoogleError(error)}); it is removed from this computer anyway`,
      );
    }
  }

  #clearStore(): void {
    try {
      this.#options.secrets.clear();
    } catch (error) {
      this.#log(`could not remove the saved sign-in from the ${this.#storeName()} (${describeGoogleError(error)})`);
    }
  }

  #signedOut(message: string): void {
    this.#session = null;
    this.#message = message;
    this.#emit();
  }

  #storeName(): string {
    return this.#options.secrets.kind === 'os-keychain' ? 'OS keychain' : 'credentials file';
  }

  #log(message: string): void {
    this.#options.log(`Google sign-in: ${message}`);
  }

  /** Tells the listener about a change; the same snapshot twice in a row is told once. */
  #emit(): void {
    const snapshot = this.snapshot();
    const serialized = JSON.stringify(snapshot);
    if (serialized === this.#lastEmitted) return;
    this.#lastEmitted = serialized;
    try {
      this.#options.onChange(snapshot);
    } catch (error) {
      this.#log(`a sign-in listener failed (${describeGoogleError(error)})`);
    }
  }
}
