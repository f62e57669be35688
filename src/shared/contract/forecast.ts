import { z } from 'zod';

export const forecastMeasures = ['revenue', 'units'] as const;
export const forecastLevels = ['total', 'department', 'category', 'product', 'region'] as const;
export const forecastGrains = ['day', 'week', 'month'] as const;
export const forecastEngines = ['local', 'bigquery_timesfm', 'bigquery_arima'] as const;

export const ForecastLevel = z.enum(forecastLevels);
export type ForecastLevel = z.infer<typeof ForecastLevel>;
export const ForecastGrain = z.enum(forecastGrains);
export type ForecastGrain = z.infer<typeof ForecastGrain>;
export const ForecastEngine = z.enum(forecastEngines);
export type ForecastEngine = z.infer<typeof ForecastEngine>;

/** How far ahead each grain may look: two years of days would be a guess, not a forecast. */
export const maxHorizon: Record<ForecastGrain, number> = { day: 365, week: 104, month: 24 };

export const ForecastRequest = z
  .object({
    sourceId: z.string().min(1),
    measure: z.enum(forecastMeasures).default('revenue'),
    level: ForecastLevel.default('total'),
    /** Which members of the level to forecast (category names, product ids); the biggest `top` when empty. */
    members: z.array(z.string().max(200)).max(24).default([]),
    top: z.number().int().min(1).max(24).default(12),
    grain: ForecastGrain.default('week'),
    horizon: z.number().int().min(1).default(8),
    /** Prediction interval coverage, percent (the page offers 80, 90, 95 and 99). */
    confidence: z
      .number()
      .int()
      .min(50, 'Use a coverage of 50% or more.')
      .max(99, 'Use a coverage below 100%.')
      .default(95),
    engine: ForecastEngine.default('local'),
    jobId: z
      .string()
      .regex(/^[\w-]{1,80}$/)
      .optional(),
  })
  .strict()
  .superRefine((request, context) => {
    const most = maxHorizon[request.grain];
    if (request.horizon > most) {
      context.addIssue({
        code: 'custom',
        path: ['horizon'],
        message: `Forecast at most ${most} ${request.grain}s ahead; a longer horizon is a guess.`,
      });
    }
  });
export type ForecastRequest = z.input<typeof ForecastRequest>;

export const ForecastPoint = z.object({
  /** First day of the period, YYYY-MM-DD. */
  ds: z.string(),
  point: z.number(),
  lower: z.number(),
  upper: z.number(),
});
export type ForecastPoint = z.infer<typeof ForecastPoint>;

export const ForecastSeries = z.object({
  key: z.string(),
  label: z.string(),
  history: z.array(z.object({ ds: z.string(), y: z.number() })),
  forecast: z.array(ForecastPoint),
  /** The last holdout window forecast without it: the model's own track record. */
  backtest: z
    .object({
      points: z.array(ForecastPoint.extend({ actual: z.number() })),
      mase: z.number().nullable(),
      smape: z.number().nullable(),
      naiveMase: z.number().nullable(),
      naiveSmape: z.number().nullable(),
    })
    .nullable(),
  /** What made the forecast, in words ("Combination of ETS, Theta and ARIMA"). */
  model: z.string(),
  warnings: z.array(z.string()),
});
export type ForecastSeries = z.infer<typeof ForecastSeries>;

export const ForecastEvent = z.object({
  kind: z.enum(['holiday', 'promotion', 'stock_out']),
  start: z.string(),
  end: z.string(),
  label: z.string(),
});
export type ForecastEvent = z.infer<typeof ForecastEvent>;

export const ForecastResult = z.object({
  sourceId: z.string(),
  measure: z.enum(forecastMeasures),
  level: ForecastLevel,
  grain: ForecastGrain,
  horizon: z.number(),
  confidence: z.number(),
  engine: ForecastEngine,
  series: z.array(ForecastSeries),
  events: z.array(ForecastEvent),
  /** The last day of data used; a partial last period is left out of the history. */
  dataThrough: z.string(),
  asOf: z.string(),
  bytesProcessed: z.number().nullable(),
  costUsd: z.number().nullable(),
  notes: z.array(z.string()),
  elapsedMs: z.number(),
});
export type ForecastResult = z.infer<typeof ForecastResult>;

export const forecastMethods = {
  'forecast.run': { input: ForecastRequest, output: ForecastResult },
  /** The members a level offers (biggest first), for the member picker. */
  'forecast.members': {
    input: z.object({ sourceId: z.string().min(1), level: ForecastLevel, measure: z.enum(forecastMeasures) }).strict(),
    output: z.object({ members: z.array(z.object({ key: z.string(), label: z.string() })) }),
  },
  /** What a BigQuery forecast would cost (dry run), before it runs. */
  'forecast.estimate': {
    input: ForecastRequest,
    output: z.object({ bytesProcessed: z.number().nullable(), costUsd: z.number().nullable(), note: z.string() }),
  },
  /** Stops a running forecast (the one started with this job id). */
  'forecast.cancel': {
    input: z.object({ jobId: z.string().regex(/^[\w-]{1,80}$/) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** Pins a forecast as a report: its table (history, forecast, interval) and a line chart. */
  'forecast.pin': {
    input: z.object({ request: ForecastRequest, title: z.string().trim().min(1).max(120) }).strict(),
    output: z.object({ id: z.string(), title: z.string(), version: z.number().int() }),
  },
} as const;
