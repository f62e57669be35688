import { z } from 'zod';
import { JobProgress } from './jobs';

export const DemoStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('missing') }),
  z.object({ state: z.literal('generating'), progress: JobProgress }),
  z.object({ state: z.literal('ready'), scale: z.number(), seed: z.number(), orderLines: z.number() }),
  z.object({ state: z.literal('failed'), message: z.string() }),
]);
export type DemoStatus = z.infer<typeof DemoStatus>;

export const demoMethods = {
  'demo.status': { input: z.object({}).strict(), output: DemoStatus },
  'demo.regenerate': {
    input: z
      .object({
        scale: z
          .number()
          .min(0.001, 'Use a scale of at least 0.001.')
          .max(50, 'Use a scale of at most 50 (1 = about a million order lines).'),
        seed: z.number().int().min(0).optional(),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  },
} as const;
