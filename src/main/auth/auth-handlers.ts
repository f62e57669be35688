import type { AuthState } from '../../shared/contract';
import type { HandlerMap } from '../core/router';

/** Sign-in arrives with the Google stage; until then every session is local and signed out. */
export const createAuthHandlers = (): HandlerMap<'auth.state'> => ({
  'auth.state': (): AuthState => ({ state: 'signed-out' }),
});
