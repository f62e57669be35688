/** How the session got its Google credentials (the same names as the contract's AuthMethod). */
export type AuthMethod = 'browser' | 'adc' | 'service-account' | 'access-token';

/** The Google session as anyone outside main may see it: who and how, never a token. */
export interface AuthSnapshot {
  state: 'signed-out' | 'signing-in' | 'signed-in';
  account: string | null;
  method: AuthMethod | null;
  /** Why the session ended or a sign-in failed; null otherwise. */
  message: string | null;
}

export type SignInRequest = { method: 'browser' } | { method: 'adc' } | { method: 'service-account'; keyFile: string };

/**
 * What Aisle asks Google for: BigQuery jobs and data, Vertex AI (Gemini) through cloud-platform,
 * product images in Cloud Storage, and the account's email for the sign-in label.
 */
export const googleScopes = [
  'https://www.googleapis.com/auth/bigquery',
  'https://www.googleapis.com/auth/cloud-platform',
  'https://www.googleapis.com/auth/devstorage.read_only',
  'openid',
  'email',
] as const;

/** Scopes for ADC and service accounts, which have no user identity to ask about. */
export const apiScopes = googleScopes.filter((scope) => scope.startsWith('https://'));
