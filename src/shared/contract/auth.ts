import { z } from 'zod';

export const AuthState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('signed-out'), message: z.string().optional() }),
  z.object({ state: z.literal('signed-in'), account: z.string() }),
]);
export type AuthState = z.infer<typeof AuthState>;

export const authMethods = {
  'auth.state': { input: z.object({}).strict(), output: AuthState },
} as const;
