import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe, new for every launch. */
export const generateToken = (): string => randomBytes(32).toString('base64url');

/**
 * Constant-time comparison. Both sides are hashed first so that the comparison always runs
 * over 32 bytes: neither the content nor the length of the real token leaks through timing.
 */
export const tokensMatch = (given: string, expected: string): boolean => {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
};

/** The token from `Authorization: Bearer <token>`, or null when the header is absent or malformed. */
export const bearerToken = (header: string | undefined): string | null => {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
};

const loopbackNames = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

/**
 * DNS-rebinding guard: a page on evil.example that re-points its name at 127.0.0.1 still
 * sends `Host: evil.example`, so anything but our own loopback name and port is refused.
 */
export const isAllowedHost = (host: string | undefined, port: number): boolean =>
  host !== undefined && loopbackNames(port).includes(host.toLowerCase());

/**
 * Browsers send Origin on cross-origin requests and on every POST; it must be our own page.
 * Requests without Origin come from non-browser clients (curl, scripts), which still need the token.
 */
export const isAllowedOrigin = (origin: string | undefined, port: number): boolean =>
  origin === undefined || loopbackNames(port).some((name) => origin.toLowerCase() === `http://${name}`);
