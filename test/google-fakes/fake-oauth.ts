/**
 * A loopback fake of Google's OAuth 2.0 server for installed apps, close enough that the real
 * google-auth-library runs against it unchanged: the consent page (which answers at once with
 * a redirect, as if the person clicked Allow), the token endpoint (authorization code with PKCE,
 * refresh token) and the revoke endpoint, on Google's own paths. `handle` can be composed with
 * other fakes on one server; `startFakeOAuthServer` serves it alone.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeConsent = 'approve' | 'deny' | 'wrong-state';

export interface FakeOAuthOptions {
  clientId?: string;
  /** The secret a Desktop client sends; null accepts requests without one. */
  clientSecret?: string | null;
  /** The email claim of issued id_tokens. */
  email?: string;
  /** What the consent page does. */
  consent?: FakeConsent;
  /** Lifetime of issued access tokens. */
  accessTokenTtlSeconds?: number;
  /** The scope granted; by default the scope requested (a person who unticks boxes grants less). */
  grantedScope?: string | null;
}

export type FakeOAuthSettings = Required<FakeOAuthOptions>;

export interface FakeAccessToken {
  expiresAt: number;
  revoked: boolean;
  refreshToken: string | null;
  scope: string;
}

export interface FakeOAuthState {
  /** The query of every consent page visit. */
  consentRequests: Record<string, string>[];
  codesIssued: string[];
  /** The form fields of every token request (including code_verifier and client_secret). */
  tokenRequests: Record<string, string>[];
  lastTokenRequest: Record<string, string> | null;
  accessTokensIssued: string[];
  refreshTokensIssued: string[];
  /** Tokens revoked through the revoke endpoint or `revoke()`, in order. */
  revokedTokens: string[];
  /** Every request a fake API accepted or refused through `isAuthorized`. */
  authorizationChecks: { token: string | null; accepted: boolean }[];
}

export interface FakeOAuth {
  /** Change these between steps of a test. */
  readonly settings: FakeOAuthSettings;
  readonly state: FakeOAuthState;
  /** Serves the OAuth routes; false when the request is for another fake. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Whether an access token was issued here and is neither expired nor revoked. */
  isValidAccessToken(token: string): boolean;
  /** Checks an `Authorization: Bearer ...` header the way a Google API would. */
  isAuthorized(authorization: string | undefined): boolean;
  /** Revokes a refresh token (and its access tokens) or an access token, as Google does when a person removes access. */
  revoke(token: string): void;
  /** Makes every access token issued so far expired at the server. */
  expireAccessTokens(): void;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
  offline: boolean;
  used: boolean;
}

interface RefreshGrant {
  clientId: string;
  scope: string;
  revoked: boolean;
}

const defaults: FakeOAuthSettings = {
  clientId: 'aisle-test.apps.googleusercontent.com',
  clientSecret: 'aisle-test-secret',
  email: 'merch@example.com',
  consent: 'approve',
  accessTokenTtlSeconds: 3600,
  grantedScope: null,
};

const token = (prefix: string): string => `${prefix}${randomBytes(24).toString('base64url')}`;

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const json = (res: ServerResponse, status: number, body: object): void => {
  res
    .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
    .end(JSON.stringify(body));
};

/** Google shows an error page (not a redirect) when the request itself is wrong. */
const errorPage = (res: ServerResponse, status: number, error: string, detail: string): void => {
  res
    .writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' })
    .end(`<!doctype html><title>Error ${status}: ${error}</title><h1>Error ${status}: ${error}</h1><p>${detail}</p>`);
};

const loopbackRedirect = /^http:\/\/127\.0\.0\.1:\d{1,5}(\/[^?#]*)?$/;

export const createFakeOAuth = (options: FakeOAuthOptions = {}): FakeOAuth => {
  const settings: FakeOAuthSettings = { ...defaults, ...options };
  const state: FakeOAuthState = {
    consentRequests: [],
    codesIssued: [],
    tokenRequests: [],
    lastTokenRequest: null,
    accessTokensIssued: [],
    refreshTokensIssued: [],
    revokedTokens: [],
    authorizationChecks: [],
  };
  const codes = new Map<string, IssuedCode>();
  const refreshGrants = new Map<string, RefreshGrant>();
  const accessTokens = new Map<string, FakeAccessToken>();

  const idToken = (clientId: string, scope: string): string | undefined => {
    const scopes = scope.split(' ');
    if (!scopes.includes('openid')) return undefined;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: 'https://accounts.google.com',
      aud: clientId,
      azp: clientId,
      sub: '104242424242424242424',
      ...(scopes.includes('email') ? { email: settings.email, email_verified: true } : {}),
      iat: now,
      exp: now + 3600,
    };
    // Unsigned (alg none): Aisle reads the claims of a token it got over TLS from the token endpoint.
    return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
  };

  const issueAccessToken = (refreshToken: string | null, scope: string): string => {
    const accessToken = token('ya29.fake-');
    accessTokens.set(accessToken, {
      expiresAt: Date.now() + settings.accessTokenTtlSeconds * 1000,
      revoked: false,
      refreshToken,
      scope,
    });
    state.accessTokensIssued.push(accessToken);
    return accessToken;
  };

  const revoke = (value: string): boolean => {
    const grant = refreshGrants.get(value);
    const access = accessTokens.get(value);
    if (!grant && !access) return false;
    state.revokedTokens.push(value);
    if (grant) {
      grant.revoked = true;
      for (const issued of accessTokens.values()) if (issued.refreshToken === value) issued.revoked = true;
    }
    if (access) access.revoked = true;
    return true;
  };

  const consent = (res: ServerResponse, url: URL): void => {
    const query = Object.fromEntries(url.searchParams);
    state.consentRequests.push(query);
    const { client_id, redirect_uri, response_type, code_challenge, code_challenge_method, scope } = query;
    if (client_id !== settings.clientId) {
      errorPage(res, 401, 'invalid_client', 'The OAuth client was not found.');
      return;
    }
    if (!redirect_uri || !loopbackRedirect.test(redirect_uri)) {
      errorPage(res, 400, 'redirect_uri_mismatch', 'Desktop clients must redirect to http://127.0.0.1:PORT.');
      return;
    }
    if (response_type !== 'code') {
      errorPage(res, 400, 'unsupported_response_type', 'Only response_type=code is supported.');
      return;
    }
    if (code_challenge_method !== 'S256' || !code_challenge || !/^[A-Za-z0-9_-]{43}$/.test(code_challenge)) {
      errorPage(res, 400, 'invalid_request', 'PKCE with code_challenge_method=S256 is required.');
      return;
    }
    if (!query['state']) {
      errorPage(res, 400, 'invalid_request', 'A state parameter is required.');
      return;
    }
    if (!scope) {
      errorPage(res, 400, 'invalid_request', 'Missing required parameter: scope');
      return;
    }
    const back = new URL(redirect_uri);
    if (settings.consent === 'deny') {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('state', query['state']);
    } else {
      const code = token('4/fake-code-');
      codes.set(code, {
        clientId: client_id,
        redirectUri: redirect_uri,
        codeChallenge: code_challenge,
        scope: settings.grantedScope ?? scope,
        offline: query['access_type'] === 'offline',
        used: false,
      });
      state.codesIssued.push(code);
      back.searchParams.set('code', code);
      back.searchParams.set('scope', settings.grantedScope ?? scope);
      back.searchParams.set('state', settings.consent === 'wrong-state' ? token('forged-') : query['state']);
    }
    res.writeHead(302, { Location: back.toString() }).end();
  };

  const tokenEndpoint = (res: ServerResponse, form: Record<string, string>): void => {
    state.tokenRequests.push(form);
    state.lastTokenRequest = form;
    if (form['client_id'] !== settings.clientId) {
      json(res, 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' });
      return;
    }
    if (settings.clientSecret !== null && form['client_secret'] !== settings.clientSecret) {
      json(res, 401, { error: 'invalid_client', error_description: 'Unauthorized' });
      return;
    }
    switch (form['grant_type']) {
      case 'authorization_code': {
        const issued = codes.get(form['code'] ?? '');
        if (!issued || issued.used || issued.clientId !== form['client_id']) {
          json(res, 400, { error: 'invalid_grant', error_description: 'Malformed auth code.' });
          return;
        }
        issued.used = true;
        if (form['redirect_uri'] !== issued.redirectUri) {
          json(res, 400, { error: 'redirect_uri_mismatch', error_description: 'Bad Request' });
          return;
        }
        const verifier = form['code_verifier'] ?? '';
        if (createHash('sha256').update(verifier).digest('base64url') !== issued.codeChallenge) {
          json(res, 400, { error: 'invalid_grant', error_description: 'Invalid code verifier.' });
          return;
        }
        let refreshToken: string | null = null;
        if (issued.offline) {
          refreshToken = token('1//fake-refresh-');
          refreshGrants.set(refreshToken, { clientId: issued.clientId, scope: issued.scope, revoked: false });
          state.refreshTokensIssued.push(refreshToken);
        }
        const id = idToken(issued.clientId, issued.scope);
        json(res, 200, {
          access_token: issueAccessToken(refreshToken, issued.scope),
          expires_in: settings.accessTokenTtlSeconds,
          ...(refreshToken ? { refresh_token: refreshToken } : {}),
          scope: issued.scope,
          token_type: 'Bearer',
          ...(id ? { id_token: id } : {}),
        });
        return;
      }
      case 'refresh_token': {
        const refreshToken = form['refresh_token'] ?? '';
        const grant = refreshGrants.get(refreshToken);
        if (!grant || grant.revoked || grant.clientId !== form['client_id']) {
          json(res, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
          return;
        }
        json(res, 200, {
          access_token: issueAccessToken(refreshToken, grant.scope),
          expires_in: settings.accessTokenTtlSeconds,
          scope: grant.scope,
          token_type: 'Bearer',
        });
        return;
      }
      default:
        json(res, 400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type.' });
    }
  };

  const isValidAccessToken = (value: string): boolean => {
    const issued = accessTokens.get(value);
    return issued !== undefined && !issued.revoked && Date.now() < issued.expiresAt;
  };

  return {
    settings,
    state,
    isValidAccessToken,
    isAuthorized: (authorization) => {
      const match = /^Bearer (\S+)$/i.exec(authorization ?? '');
      const bearer = match?.[1] ?? null;
      const accepted = bearer !== null && isValidAccessToken(bearer);
      state.authorizationChecks.push({ token: bearer, accepted });
      return accepted;
    },
    revoke: (value) => {
      revoke(value);
    },
    expireAccessTokens: () => {
      for (const issued of accessTokens.values()) issued.expiresAt = 0;
    },
    handle: async (req, res, url) => {
      if (req.method === 'GET' && url.pathname === '/o/oauth2/v2/auth') {
        consent(res, url);
        return true;
      }
      if (req.method === 'POST' && url.pathname === '/token') {
        tokenEndpoint(res, Object.fromEntries(new URLSearchParams(await readBody(req))));
        return true;
      }
      if (req.method === 'POST' && url.pathname === '/revoke') {
        // google-auth-library sends the token in the query; Google also takes it as a form field.
        const form = new URLSearchParams(await readBody(req));
        const value = url.searchParams.get('token') ?? form.get('token') ?? '';
        if (revoke(value)) json(res, 200, {});
        else json(res, 400, { error: 'invalid_token', error_description: 'Token expired or revoked' });
        return true;
      }
      return false;
    },
  };
};

export interface FakeOAuthServer {
  /** Base URL (no trailing slash): what AISLE_OAUTH_ENDPOINT would hold. */
  url: string;
  /** The three endpoints under `url`, shaped like Aisle's OAuthEndpoints. */
  endpoints: { authUrl: string; tokenUrl: string; revokeUrl: string };
  fake: FakeOAuth;
  close(): Promise<void>;
}

/** Serves only the OAuth fake on 127.0.0.1 and a free port. */
export const startFakeOAuthServer = async (options: FakeOAuthOptions = {}): Promise<FakeOAuthServer> => {
  const fake = createFakeOAuth(options);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    fake.handle(req, res, url).then(
      (handled) => {
        if (!handled) json(res, 404, { error: 'not_found' });
      },
      () => {
        if (!res.headersSent) json(res, 500, { error: 'internal_failure' });
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    endpoints: { authUrl: `${url}/o/oauth2/v2/auth`, tokenUrl: `${url}/token`, revokeUrl: `${url}/revoke` },
    fake,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
};
