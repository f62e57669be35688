import type { AuthFailure } from './auth-failure';
import type { AuthMethod } from './auth-types';

/** What people read about their Google session: each message says what to do next. */
export const signedOutMessage =
  'Sign in to Google in Settings > Google account (or with `aisle login`) to use BigQuery; the demo store works without an account.';

export const missingClientIdMessage =
  'Add your OAuth client ID in Settings > Google account (or set AISLE_OAUTH_CLIENT_ID) first; docs/google-setup.md shows how to create one.';

const kept = 'your cached results are kept.';

/** Why a session ended, by how it signed in and what Google answered. */
export const expiredMessage = (method: AuthMethod, failure: AuthFailure): string => {
  switch (method) {
    case 'browser':
      if (failure === 'invalid_client') {
        return `Google no longer accepts Aisle’s OAuth client (the client ID or secret in Settings > Google account is wrong, or the client was deleted). Fix it, then sign in again; ${kept}`;
      }
      if (failure === 'no_refresh_token') {
        return `Your Google sign-in was for one session only (Google sent no refresh token), and it has now expired. Sign in again in Settings > Google account (or with \`aisle login\`); ${kept}`;
      }
      return `Your Google sign-in expired or was revoked. Sign in again in Settings > Google account (or with \`aisle login\`); ${kept}`;
    case 'adc':
      return `Your Application Default Credentials expired or were revoked. Run \`gcloud auth application-default login\` again, then sign in again in Settings > Google account; ${kept}`;
    case 'service-account':
      return `Google rejected the service account key (it may have been deleted or disabled). Choose a valid key file in Settings > Google account; ${kept}`;
    case 'access-token':
      return `Google rejected the access token in AISLE_GOOGLE_ACCESS_TOKEN (access tokens last about an hour). Set a fresh one, or unset it and sign in in Settings > Google account; ${kept}`;
  }
};
