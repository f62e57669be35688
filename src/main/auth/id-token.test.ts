import { describe, expect, it } from 'vitest';
import { emailFromIdToken } from './id-token';

const jwt = (claims: object): string =>
  `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('emailFromIdToken', () => {
  it('reads the email claim', () => {
    expect(emailFromIdToken(jwt({ sub: '1', email: 'merch@example.com' }))).toBe('merch@example.com');
  });

  it('gives null for a missing token, a token without email, a non-email, or garbage', () => {
    expect(emailFromIdToken(undefined)).toBeNull();
    expect(emailFromIdToken(null)).toBeNull();
    expect(emailFromIdToken(jwt({ sub: '1' }))).toBeNull();
    expect(emailFromIdToken(jwt({ email: 'not an email' }))).toBeNull();
    expect(emailFromIdToken(jwt({ email: 42 }))).toBeNull();
    expect(emailFromIdToken('not-a-jwt')).toBeNull();
    expect(emailFromIdToken('a.!!!.c')).toBeNull();
  });
});
