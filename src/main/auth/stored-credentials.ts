import { z } from 'zod';

/**
 * What a saved sign-in holds. The browser method keeps its refresh token; ADC keeps only that
 * it was chosen, since its credentials stay where gcloud put them. A service account keeps its
 * key's JSON itself (so an uploaded key file can be deleted once signed in); sign-ins saved by
 * earlier versions hold the key file's path instead, and are still read. Access tokens are
 * never saved.
 */
const StoredCredentials = z.union([
  z.object({ method: z.literal('browser'), refreshToken: z.string().min(1), account: z.string() }),
  z.object({ method: z.literal('adc'), account: z.string() }),
  z.object({
    method: z.literal('service-account'),
    key: z.record(z.string(), z.unknown()),
    account: z.string(),
  }),
  z.object({ method: z.literal('service-account'), keyFile: z.string().min(1), account: z.string() }),
]);
export type StoredCredentials = z.infer<typeof StoredCredentials>;

export const serializeCredentials = (credentials: StoredCredentials): string => JSON.stringify(credentials);

/** Null when the text is not a saved sign-in this version understands. */
export const parseCredentials = (text: string): StoredCredentials | null => {
  try {
    const parsed = StoredCredentials.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** The refresh token a saved sign-in holds (only the browser method has one). */
export const storedRefreshToken = (credentials: StoredCredentials): string | null =>
  credentials.method === 'browser' ? credentials.refreshToken : null;

/**
 * Whether two saved sign-ins are the same credentials: the same refresh token, both ADC, or the
 * same service account key (the same file, or the same account and private key).
 */
export const sameCredentials = (a: StoredCredentials, b: StoredCredentials): boolean => {
  if (a.method === 'browser' || b.method === 'browser') return storedRefreshToken(a) === storedRefreshToken(b);
  if (a.method === 'adc' || b.method === 'adc') return a.method === b.method;
  if ('keyFile' in a || 'keyFile' in b) return 'keyFile' in a && 'keyFile' in b && a.keyFile === b.keyFile;
  return a.account === b.account && a.key['private_key'] === b.key['private_key'];
};
