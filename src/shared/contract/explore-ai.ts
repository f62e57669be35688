import { z } from 'zod';

/** BigQuery AI tasks the explorer offers on BigQuery sources (templates in sql/bigquery/). */
export const exploreAiTasks = [
  'sentiment',
  'aspects',
  'summary',
  'imageAttributes',
  'createEmbeddings',
  'search',
] as const;
export const ExploreAiTask = z.enum(exploreAiTasks);
export type ExploreAiTask = z.infer<typeof ExploreAiTask>;

const taskFields = z.object({
  sourceId: z.string().min(1),
  task: ExploreAiTask,
  productId: z.string().min(1).max(64).optional(),
  query: z.string().trim().max(500).optional(),
});

const checkTask = (
  request: z.infer<typeof taskFields>,
  context: z.core.$RefinementCtx<z.infer<typeof taskFields>>,
): void => {
  const needsProduct = ['sentiment', 'aspects', 'summary', 'imageAttributes'].includes(request.task);
  if (needsProduct && request.productId === undefined) {
    context.addIssue({ code: 'custom', path: ['productId'], message: 'Choose a product first.' });
  }
  if (request.task === 'search' && (request.query ?? '').length < 2) {
    context.addIssue({ code: 'custom', path: ['query'], message: 'Type a few words to search for.' });
  }
};

export const ExploreAiEstimate = z.object({
  task: ExploreAiTask,
  label: z.string(),
  bytesProcessed: z.number().nullable(),
  costUsd: z.number().nullable(),
  /** Rows the model is called for (Vertex AI bills them separately from BigQuery's bytes). */
  modelCalls: z.number().nullable(),
  note: z.string(),
});
export type ExploreAiEstimate = z.infer<typeof ExploreAiEstimate>;

export const ExploreAiResult = z.discriminatedUnion('task', [
  z.object({
    task: z.literal('sentiment'),
    rows: z.array(z.object({ reviewId: z.string(), sentiment: z.number() })),
  }),
  z.object({
    task: z.literal('aspects'),
    rows: z.array(z.object({ reviewId: z.string(), aspect: z.string(), sentiment: z.number(), phrase: z.string() })),
  }),
  z.object({
    task: z.literal('summary'),
    summary: z.object({ productId: z.string(), summary: z.string(), reviewsRead: z.number() }),
  }),
  z.object({
    task: z.literal('imageAttributes'),
    rows: z.array(
      z.object({
        productId: z.string(),
        uri: z.string(),
        view: z.string().nullable(),
        description: z.string(),
        garment: z.string().nullable(),
        colour: z.string().nullable(),
        pattern: z.string().nullable(),
        /** The image, downloaded by main through its signed URL and kept on disk; null when it could not be. */
        cachedImage: z.boolean(),
      }),
    ),
  }),
  z.object({ task: z.literal('createEmbeddings'), table: z.string(), rows: z.number() }),
  z.object({
    task: z.literal('search'),
    hits: z.array(
      z.object({
        reviewId: z.string(),
        productId: z.string(),
        distance: z.number(),
        title: z.string().nullable(),
        text: z.string(),
      }),
    ),
  }),
]);
export type ExploreAiResult = z.infer<typeof ExploreAiResult>;

export const exploreAiMethods = {
  /** Dry run and model-call count: what the task would cost, before anything runs. */
  'explore.ai.estimate': { input: taskFields.strict().superRefine(checkTask), output: ExploreAiEstimate },
  'explore.ai.run': {
    input: taskFields
      .extend({
        /** Run again even when a cached result exists. */
        refresh: z.boolean().default(false),
        jobId: z
          .string()
          .regex(/^[\w-]{1,80}$/)
          .optional(),
      })
      .strict()
      .superRefine(checkTask),
    output: z.object({ result: ExploreAiResult, fromCache: z.boolean(), bytesBilled: z.number().nullable() }),
  },
  /** Stops a running BigQuery AI task (the one started with this job id): BigQuery cancels its job. */
  'explore.ai.cancel': {
    input: z.object({ jobId: z.string().regex(/^[\w-]{1,80}$/) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;
