import { GoogleAuth, JWT, type AuthClient } from 'google-auth-library';
import { AisleError } from '../core/aisle-error';
import { describeGoogleError } from './auth-failure';
import { apiScopes } from './auth-types';

export interface AdcCredentials {
  auth: GoogleAuth;
  client: AuthClient;
  /** The service account's email when ADC is a service account; otherwise a label. */
  account: string;
}

const adcLabel = 'Application Default Credentials';

/**
 * Application Default Credentials, found the way every Google client finds them:
 * GOOGLE_APPLICATION_CREDENTIALS, then gcloud's file from `gcloud auth application-default
 * login`, then the metadata server on Google Cloud machines.
 */
export const adcCredentials = async (env: NodeJS.ProcessEnv = process.env): Promise<AdcCredentials> => {
  const auth = new GoogleAuth({ scopes: [...apiScopes] });
  let client: AuthClient;
  try {
    client = await auth.getClient();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (env['GOOGLE_APPLICATION_CREDENTIALS']) {
      throw new AisleError(
        'invalid_input',
        `GOOGLE_APPLICATION_CREDENTIALS points to a file Google’s library could not use (${describeGoogleError(error)}). Fix or unset it, or choose another way to sign in.`,
      );
    }
    if (message.startsWith('Could not load the default credentials')) {
      throw new AisleError(
        'not_found',
        'No Application Default Credentials were found. Run `gcloud auth application-default login` first, or choose another way to sign in.',
      );
    }
    throw new AisleError(
      'invalid_input',
      `Aisle could not load the Application Default Credentials (${describeGoogleError(error)}). Run \`gcloud auth application-default login\` again, or choose another way to sign in.`,
    );
  }
  const account = client instanceof JWT && client.email ? client.email : adcLabel;
  return { auth, client, account };
};
