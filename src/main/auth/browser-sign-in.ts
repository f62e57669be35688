import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CodeChallengeMethod, type Credentials, type OAuth2Client } from 'google-auth-library';
import { AisleError } from '../core/aisle-error';
import type { Log } from '../core/logger';
import { classifyAuthFailure, describeGoogleError, isNetworkError } from './auth-failure';
import { googleScopes } from './auth-types';
import { callbackHeaders, callbackPage } from './callback-page';
import { emailFromIdToken } from './id-token';

export interface BrowserSignInOptions {
  /** Knows the client id and secret and the OAuth endpoints. */
  client: OAuth2Client;
  openBrowser: (url: string) => Promise<void>;
  onConsentUrl?: ((url: string) => void) | undefined;
  timeoutMs: number;
  /** Aborting it cancels the sign-in. */
  signal: AbortSignal;
  log: Log;
}

export interface BrowserSignInResult {
  credentials: Credentials;
  /** The email from the id_token, else "Google account". */
  account: string;
}

const callbackPath = '/callback';

const duration = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 1) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
};

const listen = (server: Server): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });

/** Answers the browser and resolves once the page is sent, so the listener can close behind it. */
const respond = (res: ServerResponse, status: number, title: string, detail: string): Promise<void> =>
  new Promise((resolve) => {
    res.once('close', resolve);
    res.writeHead(status, { ...callbackHeaders, Connection: 'close' }).end(callbackPage(title, detail));
  });

/** Compares the answer's state with this sign-in's in constant time. */
const matchesState = (received: string | null, expected: string): boolean => {
  if (received === null) return false;
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Turns a failed code exchange into a message a person can act on, without the library's text. */
const exchangeError = (error: unknown): AisleError => {
  switch (classifyAuthFailure(error)) {
    case 'invalid_grant':
      return new AisleError(
        'unauthorized',
        'Google did not accept the sign-in code (invalid_grant). Start the sign-in again.',
      );
    case 'invalid_client':
      return new AisleError(
        'unauthorized',
        'Google rejected the OAuth client ID or secret. Check them in Settings > Google account (docs/google-setup.md shows where to find them), then sign in again.',
      );
    case 'unauthenticated':
    case 'no_refresh_token':
    case null:
      break;
  }
  return isNetworkError(error)
    ? new AisleError(
        'unavailable',
        `Aisle could not reach Google to finish signing in (${describeGoogleError(error)}). Check your connection and try again.`,
      )
    : new AisleError(
        'unavailable',
        `Google could not finish the sign-in (${describeGoogleError(error)}). Try again in a moment.`,
      );
};

/**
 * Google's flow for installed apps: the consent page opens in the system browser, Google sends
 * the browser back to a listener on 127.0.0.1 (random port) with a one-time code, and the code
 * is exchanged for tokens together with the PKCE verifier. The `state` value ties the answer
 * to this sign-in: requests without it are refused and the listener keeps waiting, so nothing
 * else on the computer can end the sign-in. Resolves when the tokens are in hand; the listener
 * is closed by then.
 */
export const browserSignIn = async (options: BrowserSignInOptions): Promise<BrowserSignInResult> => {
  const { client, signal, log } = options;
  if (signal.aborted) throw new AisleError('cancelled', 'Sign-in was cancelled.');
  const server = createServer();
  const port = await listen(server);
  const redirectUri = `http://127.0.0.1:${port}${callbackPath}`;
  let verifier: Awaited<ReturnType<OAuth2Client['generateCodeVerifierAsync']>>;
  try {
    verifier = await client.generateCodeVerifierAsync();
  } catch (error) {
    server.close();
    throw error;
  }
  const { codeVerifier, codeChallenge } = verifier;
  const state = randomBytes(32).toString('base64url');
  const consentUrl = client.generateAuthUrl({
    access_type: 'offline',
    prompt: 'consent',
    scope: [...googleScopes],
    state,
    redirect_uri: redirectUri,
    code_challenge_method: CodeChallengeMethod.S256,
    ...(codeChallenge === undefined ? {} : { code_challenge: codeChallenge }),
  });

  return new Promise<BrowserSignInResult>((resolve, reject) => {
    let settled = false;
    /** The request that carried this sign-in's state: the one answer the listener takes. */
    let answer: IncomingMessage | null = null;
    /** Requests refused for want of this sign-in's state (logged once). */
    let refused = 0;

    /** Ends the sign-in; false when it had already ended (cancelled, timed out, or answered). */
    const finish = (outcome: { ok: true; value: BrowserSignInResult } | { ok: false; error: AisleError }): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      server.close();
      server.closeIdleConnections();
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
      return true;
    };

    /** Tokens nobody will use: revoked at Google (best effort), so a late answer leaves no live grant behind. */
    const discard = (credentials: Credentials): void => {
      const unwanted = credentials.refresh_token ?? credentials.access_token;
      if (!unwanted) return;
      client.revokeToken(unwanted).then(
        () => {
          log('Google sign-in: revoked the tokens of a sign-in that ended before they arrived');
        },
        (error: unknown) => {
          log(`Google sign-in: could not revoke the tokens of an ended sign-in (${describeGoogleError(error)})`);
        },
      );
    };

    const timer = setTimeout(() => {
      finish({
        ok: false,
        error: new AisleError(
          'cancelled',
          `Sign-in timed out: Aisle waited ${duration(options.timeoutMs)} for Google's answer. Start the sign-in again when you are ready.`,
        ),
      });
    }, options.timeoutMs);

    const onAbort = (): void => {
      finish({ ok: false, error: new AisleError('cancelled', 'Sign-in was cancelled.') });
    };
    signal.addEventListener('abort', onAbort, { once: true });

    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', redirectUri);
      } catch {
        await respond(res, 404, 'Not found', 'This address only receives Google’s answer to an Aisle sign-in.');
        return;
      }
      if (req.method !== 'GET' || url.pathname !== callbackPath) {
        await respond(res, 404, 'Not found', 'This address only receives Google’s answer to an Aisle sign-in.');
        return;
      }
      if (settled || answer !== null) {
        await respond(res, 409, 'Sign-in already finished', 'This sign-in is already over. You can close this tab.');
        return;
      }
      const params = url.searchParams;
      if (!matchesState(params.get('state'), state)) {
        // Anything on this computer can reach the listener (a port scan, a web page probing
        // loopback ports): refuse what does not carry this sign-in's state, and keep waiting.
        if (refused++ === 0)
          log('Google sign-in: the loopback listener refused a request without this sign-in’s state');
        await respond(
          res,
          400,
          'Sign-in refused',
          'This answer does not belong to the sign-in Aisle started, so Aisle refused it. Finish signing in from the page Aisle opened, or start the sign-in again from Aisle.',
        );
        return;
      }
      answer = req;
      const oauthError = params.get('error');
      if (oauthError !== null) {
        const declined = oauthError === 'access_denied';
        const safeCode = /^[a-z_]{1,64}$/.test(oauthError) ? oauthError : 'unknown';
        finish({
          ok: false,
          error: declined
            ? new AisleError(
                'cancelled',
                'You declined access on Google’s consent page, so Aisle is not signed in. Sign in again and allow access to use BigQuery.',
              )
            : new AisleError('unauthorized', `Google did not complete the sign-in (${safeCode}). Try again.`),
        });
        await respond(
          res,
          declined ? 200 : 400,
          declined ? 'Sign-in cancelled' : 'Sign-in failed',
          declined
            ? 'You declined access, so Aisle is not signed in. You can close this tab.'
            : 'Google did not complete the sign-in. Return to Aisle for details.',
        );
        return;
      }
      const code = params.get('code');
      if (!code) {
        finish({
          ok: false,
          error: new AisleError('unauthorized', 'Google’s answer had no sign-in code. Start the sign-in again.'),
        });
        await respond(
          res,
          400,
          'Sign-in failed',
          'Google’s answer had no sign-in code. Start the sign-in again from Aisle.',
        );
        return;
      }
      let credentials: Credentials;
      try {
        ({ tokens: credentials } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri }));
      } catch (error) {
        log(`Google sign-in: the code exchange failed (${describeGoogleError(error)})`);
        finish({ ok: false, error: exchangeError(error) });
        await respond(res, 502, 'Sign-in failed', 'Aisle could not finish signing in. Return to Aisle for details.');
        return;
      }
      // Settle before answering the browser, so a cancel or time-out can no longer slip in
      // between the exchange and the hand-over; one that already came wins, and the tokens go.
      const account = emailFromIdToken(credentials.id_token) ?? 'Google account';
      if (!finish({ ok: true, value: { credentials, account } })) {
        discard(credentials);
        await respond(res, 200, 'Sign-in cancelled', 'The sign-in was cancelled in Aisle. You can close this tab.');
        return;
      }
      await respond(res, 200, 'You are signed in to Aisle', 'You can close this tab and return to Aisle.');
    };

    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      handle(req, res).catch((error: unknown) => {
        log(`Google sign-in: the loopback listener failed (${describeGoogleError(error)})`);
        if (!res.headersSent) res.writeHead(500, callbackHeaders).end();
        // Only the answer that carried this sign-in's state can end it.
        if (answer === req) {
          finish({ ok: false, error: new AisleError('unavailable', 'The sign-in failed inside Aisle. Try again.') });
        }
      });
    });

    if (signal.aborted) {
      onAbort();
      return;
    }
    options.onConsentUrl?.(consentUrl);
    options.openBrowser(consentUrl).catch((error: unknown) => {
      log(`Google sign-in: could not open the system browser (${describeGoogleError(error)})`);
      // With a place to show the link, the person can still open it by hand; without, fail now.
      if (!options.onConsentUrl) {
        finish({
          ok: false,
          error: new AisleError(
            'unavailable',
            'Aisle could not open your web browser for the Google sign-in. Open a browser, then try again.',
          ),
        });
      }
    });
  });
};
