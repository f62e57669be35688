import { describe, expect, it, vi } from 'vitest';

// A pass-through spy on Node's crypto (not our code), to prove the comparison goes through
// timingSafeEqual over fixed-length digests.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const crypto = await import('node:crypto');
const { bearerToken, generateToken, isAllowedHost, isAllowedOrigin, tokensMatch } = await import('./security');

describe('tokensMatch', () => {
  const token = generateToken();

  it('accepts the exact token only', () => {
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(`${token.slice(0, -1)}x`, token)).toBe(false);
    expect(tokensMatch('', token)).toBe(false);
    expect(tokensMatch(`${token}x`, token)).toBe(false);
  });

  it('compares in constant time over equal-length digests, whatever the input length', () => {
    const spy = vi.mocked(crypto.timingSafeEqual);
    spy.mockClear();
    for (const given of ['', 'short', token, token.repeat(4)]) tokensMatch(given, token);
    expect(spy).toHaveBeenCalledTimes(4);
    for (const [a, b] of spy.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });

  it('draws a new 256-bit URL-safe token each time', () => {
    const other = generateToken();
    expect(other).not.toBe(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('bearerToken', () => {
  it('reads a Bearer header and nothing else', () => {
    expect(bearerToken('Bearer abc-123_x')).toBe('abc-123_x');
    expect(bearerToken('bearer abc')).toBeNull();
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('isAllowedHost', () => {
  it('accepts our loopback names on our port only', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4000', 4000)).toBe(true);
  });

  it('refuses rebinding names, other ports and a missing Host', () => {
    for (const host of ['evil.example:4000', '127.0.0.1:4001', '127.0.0.1', '0.0.0.0:4000', '[::1]:4000', undefined]) {
      expect(isAllowedHost(host, 4000)).toBe(false);
    }
  });
});

describe('isAllowedOrigin', () => {
  it('accepts our own origin, or none (non-browser clients)', () => {
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4000', 4000)).toBe(true);
    expect(isAllowedOrigin(undefined, 4000)).toBe(true);
  });

  it('refuses other sites, other ports, https and the opaque origin', () => {
    for (const origin of ['http://evil.example', 'http://127.0.0.1:4001', 'https://127.0.0.1:4000', 'null']) {
      expect(isAllowedOrigin(origin, 4000)).toBe(false);
    }
  });
});
