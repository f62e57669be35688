import { z } from 'zod';

/**
 * An analysis plan: what a question asks for, in the semantic model's terms (measure and
 * dimension ids, never SQL). The offline interpreter and Gemini both produce one, the user
 * edits it as chips, and the semantic layer compiles it to SQL for the active warehouse.
 * Every field carries a description because the schema doubles as Gemini's structured-output
 * schema. Fields with a default may be left out when a plan is written by hand.
 */

export const analysisIntents = [
  'metric',
  'breakdown',
  'trend',
  'compare',
  'ranking',
  'forecast',
  'reviews',
  'drivers',
] as const;
export const AnalysisIntent = z
  .enum(analysisIntents)
  .describe(
    'What kind of answer is wanted: metric (one number), breakdown (split by dimensions), trend (over time), ' +
      'compare (against an earlier period), ranking (top or bottom N), forecast (future values), ' +
      'reviews (what customers say), drivers (what explains a change).',
  );
export type AnalysisIntent = z.infer<typeof AnalysisIntent>;

export const timeGrains = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const TimeGrain = z
  .enum(timeGrains)
  .describe('Time bucket for the date dimension; weeks start on Monday (ISO weeks).');
export type TimeGrain = z.infer<typeof TimeGrain>;

const conceptId = z.string().trim().min(1).max(80);

export const PlanDimension = z
  .object({
    id: conceptId.describe('Dimension id (or synonym) from the semantic model, e.g. "category", "country", "date".'),
    grain: TimeGrain.nullable()
      .default(null)
      .describe('Time bucket when the dimension is the date; null for every other dimension.'),
  })
  .strict()
  .describe('One dimension to group by.');
export type PlanDimension = z.infer<typeof PlanDimension>;

export const filterOperators = ['in', 'not_in', 'equals', 'contains', 'between', 'gte', 'lte'] as const;
export const FilterOperator = z
  .enum(filterOperators)
  .describe(
    'in / not_in: one of the values (not_in keeps rows without a value); equals: exactly one value; ' +
      'contains: text containing the value, ignoring case; between: two values, both ends included; ' +
      'gte / lte: at least / at most the one value.',
  );
export type FilterOperator = z.infer<typeof FilterOperator>;

export const FilterValue = z
  .union([z.string().max(500), z.number()])
  .describe('A dimension value exactly as stored (e.g. "Jeans"), or a number for numeric dimensions.');
export type FilterValue = z.infer<typeof FilterValue>;

/** How many values each operator takes: [least, most]. */
const filterArity = {
  in: [1, 200],
  not_in: [1, 200],
  equals: [1, 1],
  contains: [1, 1],
  between: [2, 2],
  gte: [1, 1],
  lte: [1, 1],
} as const satisfies Record<FilterOperator, readonly [number, number]>;

export const PlanFilter = z
  .object({
    dimension: conceptId.describe('Dimension id (or synonym) to filter on, e.g. "category".'),
    operator: FilterOperator,
    values: z
      .array(FilterValue)
      .min(1)
      .max(200)
      .describe('Values for the operator: 1 or more for in/not_in, exactly 2 for between, otherwise exactly 1.'),
  })
  .strict()
  .superRefine((filter, context) => {
    const [least, most] = filterArity[filter.operator];
    const count = filter.values.length;
    if (count < least || count > most) {
      const wanted = least === most ? `exactly ${least}` : `at least ${least}`;
      context.addIssue({
        code: 'custom',
        path: ['values'],
        message: `the "${filter.operator}" filter takes ${wanted} value${most === 1 ? '' : 's'}, got ${count}`,
      });
    }
  })
  .describe('Keep only rows whose dimension value matches.');
export type PlanFilter = z.infer<typeof PlanFilter>;

export const PlanTimeRange = z
  .object({
    start: z.iso.date().describe('First day included, YYYY-MM-DD.'),
    end: z.iso.date().describe('First day NOT included, YYYY-MM-DD (all of January 2024 is 2024-01-01 to 2024-02-01).'),
  })
  .strict()
  .refine((range) => range.start < range.end, { message: 'the end date must be after the start date', path: ['end'] })
  .describe('Absolute dates: start included, end excluded.');
export type PlanTimeRange = z.infer<typeof PlanTimeRange>;

export const comparisonKinds = ['none', 'previous_period', 'same_period_last_year'] as const;
export const ComparisonKind = z
  .enum(comparisonKinds)
  .describe(
    'Compare with an earlier period: previous_period (the period just before, of equal length) or ' +
      'same_period_last_year; needs a time range.',
  );
export type ComparisonKind = z.infer<typeof ComparisonKind>;

export const sortBases = ['value', 'change', 'change_pct'] as const;
export const PlanSort = z
  .object({
    by: conceptId.describe("Measure or dimension id to sort by; it must be one of the plan's measures or dimensions."),
    direction: z.enum(['asc', 'desc']).describe('asc: smallest first; desc: largest first (top N).'),
    basis: z
      .enum(sortBases)
      .default('value')
      .describe('For a measure in a comparison: sort by its value, its change, or its percentage change.'),
  })
  .strict()
  .describe('Row order.');
export type PlanSort = z.infer<typeof PlanSort>;

export const AnalysisPlan = z
  .object({
    intent: AnalysisIntent,
    measures: z
      .array(conceptId)
      .min(1)
      .max(12)
      .describe('Measure ids (or synonyms) from the semantic model, e.g. ["revenue", "units"].'),
    dimensions: z.array(PlanDimension).max(5).default([]).describe('Dimensions to group by; empty for a single total.'),
    filters: z.array(PlanFilter).max(20).default([]).describe('Conditions that every counted row must meet.'),
    timeRange: PlanTimeRange.nullable().default(null).describe('Dates to include; null means all time.'),
    comparison: ComparisonKind.default('none'),
    sort: PlanSort.nullable()
      .default(null)
      .describe('Row order; null for the natural order (time, then largest first).'),
    limit: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .nullable()
      .default(null)
      .describe('Keep only the first N rows after sorting (top N); null for all rows.'),
  })
  .strict()
  .describe('A question about retail data, in terms of the semantic model.');
export type AnalysisPlan = z.infer<typeof AnalysisPlan>;
/** A plan as written by hand or by a model: fields with defaults may be left out. */
export type AnalysisPlanInput = z.input<typeof AnalysisPlan>;
