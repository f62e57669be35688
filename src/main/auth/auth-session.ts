import type { AuthClient, GoogleAuth } from 'google-auth-library';
import type { AuthMethod } from './auth-types';
import type { ServiceAccountCredentials, ServiceAccountKeyJson } from './service-account-key';
import type { StoredCredentials } from './stored-credentials';

/** One signed-in session as the AuthService keeps it in memory (tokens included: never leaves main). */
export interface Session {
  method: AuthMethod;
  account: string;
  client: AuthClient;
  /** The browser method's refresh token; null for the others. */
  refreshToken: string | null;
  /** ADC and service accounts: the library object that knows the project. */
  auth: GoogleAuth | null;
  /** A service account's key (private key included), to save; never logged or shown. */
  key: ServiceAccountKeyJson | null;
  keyProjectId: string | null;
  projectHint: Promise<string | null> | null;
  /** The saved sign-in this session was restored from or last saved as; null when none. */
  saved: StoredCredentials | null;
}

export const session = (fields: Pick<Session, 'method' | 'account' | 'client'> & Partial<Session>): Session => ({
  refreshToken: null,
  auth: null,
  key: null,
  keyProjectId: null,
  projectHint: null,
  saved: null,
  ...fields,
});

export const serviceAccountSession = ({ key, auth, client }: ServiceAccountCredentials): Session =>
  session({
    method: 'service-account',
    account: key.clientEmail,
    client,
    auth,
    key: key.json,
    keyProjectId: key.projectId,
  });
