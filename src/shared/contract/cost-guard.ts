import { z } from 'zod';

const GB = 1024 ** 3;

/** How much a BigQuery query may scan: ask first above one amount, refuse (free) above another. */
export const CostGuard = z
  .object({
    /** Ask before running a query whose dry run says it will process more than this. */
    confirmAboveBytes: z
      .number()
      .int()
      .min(0)
      .max(1024 ** 5),
    /** Sent as maximumBytesBilled on every job: BigQuery fails the job, without charge, above it. */
    maximumBytesBilled: z
      .number()
      .int()
      .min(GB / 100, 'Allow at least 10 MB per query.')
      .max(1024 ** 5),
  })
  .refine((guard) => guard.confirmAboveBytes <= guard.maximumBytesBilled, {
    message: 'The amount to confirm above must not exceed the hard limit.',
    path: ['confirmAboveBytes'],
  });
export type CostGuard = z.infer<typeof CostGuard>;

export const DEFAULT_COST_GUARD: CostGuard = { confirmAboveBytes: 10 * GB, maximumBytesBilled: 100 * GB };

/** Whether a query needs the person's yes before it runs. */
export const needsCostConfirmation = (bytesProcessed: number | null, guard: CostGuard): boolean =>
  bytesProcessed !== null && bytesProcessed > guard.confirmAboveBytes;

export const costGuardMethods = {
  'settings.costGuard.get': { input: z.object({}).strict(), output: CostGuard },
  'settings.costGuard.set': { input: CostGuard, output: CostGuard },
} as const;
