import { z } from 'zod';

/** How the session got its Google credentials. */
export const AuthMethod = z.enum(['browser', 'adc', 'service-account', 'access-token']);
export type AuthMethod = z.infer<typeof AuthMethod>;

/** The Google session as the renderer may see it: who, how, and never a token. */
export const AuthState = z.object({
  state: z.enum(['signed-out', 'signing-in', 'signed-in']),
  /** The account's email (or the service account's), null when signed out. */
  account: z.string().nullable(),
  method: AuthMethod.nullable(),
  /** Why the session ended or a sign-in failed ("Your Google sign-in expired…"); null otherwise. */
  message: z.string().nullable(),
  /** Whether an OAuth client id is known (Settings or AISLE_OAUTH_CLIENT_ID), which browser sign-in needs. */
  clientIdConfigured: z.boolean(),
  /** Where a refresh token is kept: the OS keychain (Electron) or a private file (web mode, CLI). */
  credentialStorage: z.enum(['os-keychain', 'file']),
  /** Shown beside the sign-in button when credentials are not protected by the OS keychain. */
  storageWarning: z.string().nullable(),
  /** The project BigQuery jobs run and bill in. */
  billingProject: z.string().nullable(),
});
export type AuthState = z.infer<typeof AuthState>;

export const SignInRequest = z.discriminatedUnion('method', [
  z.object({ method: z.literal('browser') }).strict(),
  z.object({ method: z.literal('adc') }).strict(),
  z
    .object({
      method: z.literal('service-account'),
      keyFile: z.string().trim().min(1, 'Choose the service account key file (a .json file).'),
    })
    .strict(),
]);
export type SignInRequest = z.infer<typeof SignInRequest>;

/** OAuth client settings; the secret is write-only (a Desktop client's secret is not secret, but it stays in main). */
export const GoogleSettings = z.object({
  oauthClientId: z.string().nullable(),
  /** Whether a client secret is set; its value never leaves main. */
  oauthClientSecretSet: z.boolean(),
  /** True when the values come from AISLE_OAUTH_CLIENT_ID / AISLE_OAUTH_CLIENT_SECRET, which win over Settings. */
  fromEnvironment: z.boolean(),
  billingProject: z.string().nullable(),
  /** PROJECT.LOCATION.CONNECTION of the Cloud resource connection BigQuery AI functions call Vertex AI through. */
  aiConnection: z.string().nullable(),
});
export type GoogleSettings = z.infer<typeof GoogleSettings>;

const oauthClientId = z
  .string()
  .trim()
  .max(300)
  .refine(
    (value) => value === '' || /^[\w.-]+\.apps\.googleusercontent\.com$/.test(value),
    'An OAuth client ID ends in .apps.googleusercontent.com; copy it from the Credentials page of the Google Cloud console.',
  );

export const GoogleSettingsUpdate = z
  .object({
    /** Empty string clears it. */
    oauthClientId: oauthClientId.optional(),
    oauthClientSecret: z.string().trim().max(300).optional(),
    billingProject: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9.:-]{4,62}$/, 'A project ID is 6 to 63 lowercase letters, digits and hyphens.')
      .nullable()
      .optional(),
    aiConnection: z
      .string()
      .trim()
      .regex(
        /^[a-z][a-z0-9.:-]{4,62}\.[a-z0-9-]+\.[\w-]{1,128}$/,
        'A BigQuery connection looks like PROJECT.LOCATION.CONNECTION, e.g. my-shop.us.vertex-ai.',
      )
      .nullable()
      .optional(),
  })
  .strict();

export const GoogleProject = z.object({ id: z.string(), name: z.string() });
export type GoogleProject = z.infer<typeof GoogleProject>;

export const GoogleDataset = z.object({ projectId: z.string(), datasetId: z.string(), location: z.string() });
export type GoogleDataset = z.infer<typeof GoogleDataset>;

const projectId = z
  .string()
  .trim()
  .min(1, 'Choose a project.')
  .regex(/^[a-z][a-z0-9.:-]{4,62}$/, 'A project ID is 6 to 63 lowercase letters, digits and hyphens.');

export const authMethods = {
  'auth.state': { input: z.object({}).strict(), output: AuthState },
  /** Resolves when the sign-in finished (the browser flow waits for the consent page's answer). */
  'auth.signIn': { input: SignInRequest, output: AuthState },
  'auth.cancelSignIn': { input: z.object({}).strict(), output: z.object({ cancelled: z.boolean() }) },
  'auth.signOut': { input: z.object({}).strict(), output: AuthState },
  'google.settings.get': { input: z.object({}).strict(), output: GoogleSettings },
  'google.settings.set': { input: GoogleSettingsUpdate, output: GoogleSettings },
  'google.projects.list': { input: z.object({}).strict(), output: z.object({ projects: z.array(GoogleProject) }) },
  'google.datasets.list': {
    input: z.object({ projectId }).strict(),
    output: z.object({ datasets: z.array(GoogleDataset) }),
  },
} as const;

export const bigQueryIds = { projectId };
