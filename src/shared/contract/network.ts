import { z } from 'zod';

export const NetworkState = z.enum(['online', 'offline', 'checking']);

export const NetworkStatus = z.object({
  state: NetworkState,
  /** What was probed and what happened, for the tooltip. */
  detail: z.string(),
  checkedAt: z.iso.datetime().nullable(),
});
export type NetworkStatus = z.infer<typeof NetworkStatus>;

export const networkMethods = {
  'network.status': { input: z.object({}).strict(), output: NetworkStatus },
  'network.recheck': { input: z.object({}).strict(), output: NetworkStatus },
} as const;
