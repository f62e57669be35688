import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets';

describe('redactSecrets', () => {
  it('removes access tokens, refresh tokens, bearer headers and token fields', () => {
    const text = [
      'token ya29.a0AfH6SMBx-secret_value here',
      'refresh 1//0gLongRefreshToken-abc_def',
      'Authorization: Bearer abc.def-ghi',
      '{"access_token":"plain-secret","expires_in":3599}',
      'refresh_token=another-secret&grant_type=refresh_token',
      '"private_key": "-----BEGIN PRIVATE KEY-----"',
    ].join('\n');
    const redacted = redactSecrets(text);
    for (const secret of [
      'a0AfH6SMBx',
      'LongRefreshToken',
      'abc.def-ghi',
      'plain-secret',
      'another-secret',
      'BEGIN PRIVATE',
    ]) {
      expect(redacted).not.toContain(secret);
    }
    expect(redacted).toContain('Authorization: Bearer [redacted]');
    expect(redacted).toContain('"access_token":[redacted]');
    expect(redacted).toContain('"expires_in":3599');
  });

  it('leaves ordinary text alone', () => {
    const text = 'Query failed at [3:14]: Unrecognized name: revenue; 1/2 of the rows';
    expect(redactSecrets(text)).toBe(text);
  });
});
