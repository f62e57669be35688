import { z } from 'zod';
import { JobProgress } from './jobs';
import { DataSource } from './sources';

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
  /** Uploads the demo store's tables to a BigQuery dataset (load jobs), then adds it as a source. */
  'demo.publish': {
    input: z
      .object({
        projectId: z.string().trim().min(1, 'Choose the project to publish to.'),
        datasetId: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9_]{1,1024}$/, 'A dataset name is letters, digits and underscores, such as aisle_demo.'),
        location: z.string().trim().min(1).default('US'),
      })
      .strict(),
    output: z.object({
      source: DataSource,
      tables: z.array(z.object({ name: z.string(), rows: z.number(), bytes: z.number() })),
      /** Said when the dataset already existed somewhere other than the location asked for. */
      note: z.string().nullable(),
    }),
  },
} as const;
