import { OAuth2Client, type Credentials, type OAuth2ClientOptions } from 'google-auth-library';
import { AisleError } from '../core/aisle-error';
import type { OAuthEndpoints } from '../google/google-endpoints';
import { missingClientIdMessage } from './auth-messages';
import type { Session } from './auth-session';
import type { StoredCredentials } from './stored-credentials';

// The AuthService's pure parts: the OAuth client it signs in with, the scopes it needs, what it saves.

const requiredScopeOptions = [
  'https://www.googleapis.com/auth/bigquery',
  'https://www.googleapis.com/auth/cloud-platform',
];

/** The OAuth client for a Desktop app's id (and secret), pointed at Google's endpoints or the fakes'. */
export const oauthClient = (
  endpoints: OAuthEndpoints | undefined,
  config: { clientId: string | null; clientSecret: string | null },
): OAuth2Client => {
  const clientId = config.clientId?.trim();
  if (!clientId) throw new AisleError('invalid_input', missingClientIdMessage);
  const options: OAuth2ClientOptions = { clientId };
  const clientSecret = config.clientSecret?.trim();
  if (clientSecret) options.clientSecret = clientSecret;
  if (endpoints) {
    options.endpoints = {
      oauth2AuthBaseUrl: endpoints.authUrl,
      oauth2TokenUrl: endpoints.tokenUrl,
      oauth2RevokeUrl: endpoints.revokeUrl,
    };
  }
  return new OAuth2Client(options);
};

/** Granular consent lets people untick scopes; without BigQuery access the session is useless. */
export const checkGrantedScopes = (credentials: Credentials): void => {
  const granted = credentials.scope?.split(/\s+/);
  if (!granted || requiredScopeOptions.some((scope) => granted.includes(scope))) return;
  throw new AisleError(
    'unauthorized',
    'You signed in without allowing BigQuery access, so Aisle cannot run queries. Sign in again and allow every permission on Google’s consent page.',
  );
};

/** What saving `current` would store; null when nothing can be (no refresh token, an environment token). */
export const recordOf = (current: Session): StoredCredentials | null => {
  switch (current.method) {
    case 'browser':
      return current.refreshToken
        ? { method: 'browser', refreshToken: current.refreshToken, account: current.account }
        : null;
    case 'adc':
      return { method: 'adc', account: current.account };
    case 'service-account':
      return current.key ? { method: 'service-account', key: current.key, account: current.account } : null;
    case 'access-token':
      return null;
  }
};
