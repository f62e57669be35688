/**
 * The account's email from an OpenID Connect id_token. The token came straight from the token
 * endpoint over TLS in answer to our own code exchange, so (as Google's guide for installed
 * apps allows) the payload is read without checking the signature; it only labels the session
 * and grants nothing.
 */
export const emailFromIdToken = (idToken: string | null | undefined): string | null => {
  const payload = idToken?.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null || !('email' in claims)) return null;
    const email = claims.email;
    return typeof email === 'string' && email.length <= 320 && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
  } catch {
    return null;
  }
};
