import { rmSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import type { HandlerMap } from '../core/router';
import type { GoogleAccount } from '../google/google-account';

type AuthMethodName = 'auth.state' | 'auth.signIn' | 'auth.cancelSignIn' | 'auth.signOut';

const isInside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/**
 * `uploadsDir`: where web mode puts files the page sends. A service account key uploaded there
 * is read by the sign-in (which keeps it in the credentials store) and then deleted, so no copy
 * of a private key lingers among uploads.
 */
export const createAuthHandlers = (account: GoogleAccount, uploadsDir: string): HandlerMap<AuthMethodName> => ({
  'auth.state': () => account.state(),
  'auth.signIn': async (request) => {
    try {
      return await account.signIn(request);
    } finally {
      if (request.method === 'service-account' && isInside(uploadsDir, request.keyFile)) {
        rmSync(request.keyFile, { force: true });
      }
    }
  },
  'auth.cancelSignIn': () => ({ cancelled: account.auth.cancelSignIn() }),
  'auth.signOut': async () => {
    await account.auth.signOut();
    return account.state();
  },
});
