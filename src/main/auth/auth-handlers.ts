import type { HandlerMap } from '../core/router';
import type { GoogleAccount } from '../google/google-account';

type AuthMethodName = 'auth.state' | 'auth.signIn' | 'auth.cancelSignIn' | 'auth.signOut';

export const createAuthHandlers = (account: GoogleAccount): HandlerMap<AuthMethodName> => ({
  'auth.state': () => account.state(),
  'auth.signIn': (request) => account.signIn(request),
  'auth.cancelSignIn': () => ({ cancelled: account.auth.cancelSignIn() }),
  'auth.signOut': async () => {
    await account.auth.signOut();
    return account.state();
  },
});
