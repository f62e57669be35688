import { z } from 'zod';

export const JobProgress = z.object({
  jobId: z.string().min(1),
  /** What the job is doing now, in words ("Generating orders"). */
  stage: z.string(),
  /** 0..1 when known; null for work of unknown length. */
  fraction: z.number().min(0).max(1).nullable(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  message: z.string().optional(),
});
export type JobProgress = z.infer<typeof JobProgress>;
