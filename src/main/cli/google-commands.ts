import { GoogleSettingsUpdate, type AuthState, type SignInRequest } from '../../shared/contract';
import { AisleError } from '../core/aisle-error';
import { createCliCore } from './cli-core';

export interface LoginOptions {
  adc: boolean;
  /** The billing project to keep in Settings. */
  project?: string;
  keyFile?: string;
  browser: boolean;
  json: boolean;
}

const describeState = (state: AuthState): string => {
  if (state.state !== 'signed-in') return `Not signed in to Google.${state.message ? ` ${state.message}` : ''}\n`;
  const how = {
    browser: 'signed in with a browser',
    adc: 'Application Default Credentials',
    'service-account': 'service account key file',
    'access-token': 'access token from AISLE_GOOGLE_ACCESS_TOKEN',
  }[state.method ?? 'browser'];
  const project =
    state.billingProject ?? 'none (choose one with `aisle login --project ID` or in Settings > Google account)';
  return `${state.account ?? 'Google account'} (${how})\nBilling project: ${project}\n`;
};

const print = (state: AuthState, json: boolean): void => {
  process.stdout.write(json ? `${JSON.stringify(state)}\n` : describeState(state));
};

/** `aisle login`: the browser flow by default; ADC or a key file on request. */
export const runLogin = async (options: LoginOptions): Promise<void> => {
  const core = createCliCore({ openBrowser: options.browser });
  const cancel = (): void => void core.google.auth.cancelSignIn();
  process.once('SIGINT', cancel);
  const unsubscribe = core.events.subscribe((message) => {
    if (message.name === 'auth.consent') {
      process.stderr.write(
        `${options.browser ? 'Your browser should open Google’s sign-in page. If it does not, open' : 'Open'} this link to sign in:\n${message.payload.url}\nWaiting for Google… (Ctrl+C to stop)\n`,
      );
    }
  });
  try {
    await core.google.auth.restore();
    const request: SignInRequest = options.keyFile
      ? { method: 'service-account', keyFile: options.keyFile }
      : options.adc
        ? { method: 'adc' }
        : { method: 'browser' };
    // Checked before the browser opens, kept only once the sign-in worked.
    const project =
      options.project === undefined ? undefined : GoogleSettingsUpdate.safeParse({ billingProject: options.project });
    if (project && !project.success) {
      throw new AisleError('invalid_input', project.error.issues[0]?.message ?? 'That is not a project ID.');
    }
    let state = await core.google.signIn(request);
    if (project?.data.billingProject) {
      core.google.setBillingProject(project.data.billingProject);
      state = core.google.state();
    }
    if (!options.json && state.storageWarning) process.stderr.write(`Note: ${state.storageWarning}\n`);
    print(state, options.json);
  } finally {
    unsubscribe();
    process.off('SIGINT', cancel);
    await core.stop();
  }
};

/** `aisle logout`: revokes the refresh token and forgets the credentials. */
export const runLogout = async (): Promise<void> => {
  const core = createCliCore();
  try {
    await core.google.auth.restore();
    const before = core.google.state();
    // A saved sign-in that could not be restored here (no client id set, say) is still revoked.
    const account = before.state === 'signed-in' ? before.account : core.google.auth.savedAccount();
    await core.google.auth.signOut();
    process.stdout.write(account !== null ? `Signed out ${account}\n` : 'Not signed in.\n');
  } finally {
    await core.stop();
  }
};

/** `aisle whoami`: the account, how it signed in, and the billing project. */
export const runWhoami = async (options: { json: boolean }): Promise<void> => {
  const core = createCliCore();
  try {
    await core.google.auth.restore();
    const state = core.google.state();
    print(state, options.json);
    if (state.state !== 'signed-in') process.exitCode = 1;
  } finally {
    await core.stop();
  }
};
