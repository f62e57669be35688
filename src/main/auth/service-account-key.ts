import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GoogleAuth, type AuthClient } from 'google-auth-library';
import { AisleError } from '../core/aisle-error';
import { describeGoogleError } from './auth-failure';
import { apiScopes } from './auth-types';

export interface ServiceAccountKey {
  /** Absolute path of the key file. */
  path: string;
  clientEmail: string;
  projectId: string | null;
}

/** Key files are a few KB; anything much larger is the wrong file. */
const maxKeyFileBytes = 256 * 1024;

const invalid = (message: string): AisleError => new AisleError('invalid_input', message, { field: 'keyFile' });

/**
 * Checks that a file is a service account key before Google's library sees it, so each problem
 * gets its own message. Messages name the file and the problem, never anything inside the key.
 */
export const readServiceAccountKey = (keyFile: string): ServiceAccountKey => {
  const path = resolve(keyFile.trim());
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile())
      throw invalid(`${path} is a folder, not a key file. Choose the service account’s .json key file.`);
    size = stats.size;
  } catch (error) {
    if (error instanceof AisleError) throw error;
    throw new AisleError('not_found', `The key file ${path} was not found. Check the path, or download a new key.`, {
      field: 'keyFile',
    });
  }
  if (size > maxKeyFileBytes) throw invalid(`${path} is too large to be a service account key file.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw invalid(
      `${path} is not a JSON key file. Download a JSON key from the service account’s Keys tab in the Google Cloud console.`,
    );
  }
  const fields = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const type = fields['type'];
  if (type !== 'service_account') {
    const named = typeof type === 'string' && /^[a-z_]{1,40}$/.test(type) ? ` (its type is "${type}")` : '';
    const hint =
      type === 'authorized_user'
        ? ' For your own gcloud sign-in, choose Application Default Credentials instead.'
        : ' Download a JSON key from the service account’s Keys tab in the Google Cloud console.';
    throw invalid(`${path} is not a service account key${named}.${hint}`);
  }
  const clientEmail = fields['client_email'];
  const privateKey = fields['private_key'];
  if (typeof clientEmail !== 'string' || !clientEmail.includes('@')) {
    throw invalid(`${path} has no client_email, so it is not a complete service account key.`);
  }
  if (typeof privateKey !== 'string' || !privateKey.includes('PRIVATE KEY')) {
    throw invalid(`${path} has no private key, so it is not a complete service account key.`);
  }
  const projectId = fields['project_id'];
  return { path, clientEmail, projectId: typeof projectId === 'string' && projectId ? projectId : null };
};

export interface ServiceAccountCredentials {
  key: ServiceAccountKey;
  auth: GoogleAuth;
  client: AuthClient;
}

/** Loads the key through Google's library. It reads the file only; no request is made until a token is needed. */
export const serviceAccountCredentials = async (keyFile: string): Promise<ServiceAccountCredentials> => {
  const key = readServiceAccountKey(keyFile);
  const auth = new GoogleAuth({ keyFile: key.path, scopes: [...apiScopes] });
  try {
    return { key, auth, client: await auth.getClient() };
  } catch (error) {
    throw invalid(`Google’s library could not use the key file ${key.path} (${describeGoogleError(error)}).`);
  }
};
