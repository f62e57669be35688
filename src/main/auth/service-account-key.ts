import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GoogleAuth, JWT, type AuthClient, type JWTOptions } from 'google-auth-library';
import { AisleError } from '../core/aisle-error';
import { describeGoogleError } from './auth-failure';
import { apiScopes } from './auth-types';

/** A key's JSON as Google's console downloads it. It holds the private key: never log it or put it in a message. */
export type ServiceAccountKeyJson = Record<string, unknown>;

export interface ServiceAccountKey {
  /** Absolute path of the key file it was read from; null for a key kept in the saved sign-in. */
  path: string | null;
  clientEmail: string;
  projectId: string | null;
  /** The whole key, private key included: for the credentials store only. */
  json: ServiceAccountKeyJson;
}

/** Key files are a few KB; anything much larger is the wrong file. */
const maxKeyFileBytes = 256 * 1024;

const invalid = (message: string): AisleError => new AisleError('invalid_input', message, { field: 'keyFile' });

type KeyProblem = { kind: 'type'; type: unknown } | { kind: 'client_email' } | { kind: 'private_key' };

/** What is wrong with a key's JSON, without reading out anything secret; null when it is a complete key. */
const keyProblem = (json: unknown): KeyProblem | null => {
  const fields =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as ServiceAccountKeyJson) : {};
  if (fields['type'] !== 'service_account') return { kind: 'type', type: fields['type'] };
  const clientEmail = fields['client_email'];
  if (typeof clientEmail !== 'string' || !clientEmail.includes('@')) return { kind: 'client_email' };
  const privateKey = fields['private_key'];
  if (typeof privateKey !== 'string' || !privateKey.includes('PRIVATE KEY')) return { kind: 'private_key' };
  return null;
};

/** The key's fields, once `keyProblem` found nothing wrong. */
const keyOf = (json: ServiceAccountKeyJson, path: string | null): ServiceAccountKey => {
  const projectId = json['project_id'];
  return {
    path,
    clientEmail: json['client_email'] as string,
    projectId: typeof projectId === 'string' && projectId ? projectId : null,
    json,
  };
};

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
  const problem = keyProblem(json);
  switch (problem?.kind) {
    case undefined:
      return keyOf(json as ServiceAccountKeyJson, path);
    case 'type': {
      const { type } = problem;
      const named = typeof type === 'string' && /^[a-z_]{1,40}$/.test(type) ? ` (its type is "${type}")` : '';
      const hint =
        type === 'authorized_user'
          ? ' For your own gcloud sign-in, choose Application Default Credentials instead.'
          : ' Download a JSON key from the service account’s Keys tab in the Google Cloud console.';
      throw invalid(`${path} is not a service account key${named}.${hint}`);
    }
    case 'client_email':
      throw invalid(`${path} has no client_email, so it is not a complete service account key.`);
    case 'private_key':
      throw invalid(`${path} has no private key, so it is not a complete service account key.`);
  }
};

const damagedSavedKey =
  'The saved service account key is incomplete, so Aisle cannot use it. Choose the key file again in Settings > Google account (or with `aisle login --key-file FILE`).';

/** A key kept in the saved sign-in, checked as a key file would be. */
export const savedServiceAccountKey = (json: ServiceAccountKeyJson): ServiceAccountKey => {
  if (keyProblem(json)) throw invalid(damagedSavedKey);
  return keyOf(json, null);
};

export interface ServiceAccountCredentials {
  key: ServiceAccountKey;
  auth: GoogleAuth;
  client: AuthClient;
}

const universeDomainPattern = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * The credentials of a checked key, built in memory: Google's library never reads the file
 * again, so an uploaded key file can be deleted once signed in. Only the account, private key
 * and its id, project and universe are taken from the key; a `token_uri` in it is ignored, so a
 * key from elsewhere cannot send the signed assertion to another server. No request is made
 * until a token is needed.
 */
export const credentialsForKey = (key: ServiceAccountKey): ServiceAccountCredentials => {
  const { json } = key;
  const options: JWTOptions = {
    email: key.clientEmail,
    key: json['private_key'] as string,
    scopes: [...apiScopes],
  };
  const keyId = json['private_key_id'];
  if (typeof keyId === 'string' && keyId) options.keyId = keyId;
  if (key.projectId) options.projectId = key.projectId;
  const quotaProjectId = json['quota_project_id'];
  if (typeof quotaProjectId === 'string' && quotaProjectId) options.quotaProjectId = quotaProjectId;
  const universeDomain = json['universe_domain'];
  if (typeof universeDomain === 'string' && universeDomainPattern.test(universeDomain)) {
    options.universeDomain = universeDomain;
  }
  let client: JWT;
  try {
    client = new JWT(options);
  } catch (error) {
    const where = key.path ?? 'the saved service account key';
    throw invalid(`Google’s library could not use ${where} (${describeGoogleError(error)}).`);
  }
  const auth = new GoogleAuth({ authClient: client, ...(key.projectId ? { projectId: key.projectId } : {}) });
  return { key, auth, client };
};

/** Reads and checks a key file, and builds its credentials. */
export const serviceAccountCredentials = (keyFile: string): ServiceAccountCredentials =>
  credentialsForKey(readServiceAccountKey(keyFile));
