import { z } from 'zod';

/**
 * What a saved sign-in holds. The browser method keeps its refresh token; ADC and service
 * accounts keep only how to find their credentials again (the key file path), since the
 * credentials themselves stay where gcloud or the user put them. Access tokens are never saved.
 */
const StoredCredentials = z.discriminatedUnion('method', [
  z.object({ method: z.literal('browser'), refreshToken: z.string().min(1), account: z.string() }),
  z.object({ method: z.literal('adc'), account: z.string() }),
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
