import type { AuthClient } from 'google-auth-library';
import { createGemini, type Gemini } from '../ask/gemini';
import type { Log } from '../core/logger';
import type { GoogleAccount } from './google-account';

export interface SessionGeminiOptions {
  account: GoogleAccount;
  /** AISLE_GEMINI_API_ENDPOINT; undefined for Google's. */
  baseUrl: string | undefined;
  /** AISLE_ASK_OFFLINE=1 keeps Ask on the offline interpreter. */
  disabled: boolean;
  /** True while the network monitor says Google cannot be reached. */
  offline: () => boolean;
  log: Log;
}

/**
 * Gemini for the current session, or null when Ask should read questions offline (signed out,
 * no project to bill, Google unreachable, turned off). One client per session and project,
 * made on first use and kept until either changes.
 */
export const createSessionGemini = (options: SessionGeminiOptions): (() => Gemini | null) => {
  let current: { project: string; client: AuthClient; gemini: Gemini } | null = null;
  return () => {
    const { account } = options;
    const project = account.billingProjectOrNull();
    if (options.disabled || options.offline() || account.state().state !== 'signed-in' || project === null) return null;
    const client = account.auth.client();
    if (current?.project !== project || current.client !== client) {
      current = {
        project,
        client,
        gemini: createGemini({
          authClient: () => account.auth.client(),
          project,
          ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
          onAuthFailure: (error) => account.auth.handleAuthFailure(error),
          log: (line) => options.log(line),
        }),
      };
    }
    return current.gemini;
  };
};
