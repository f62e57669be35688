import { z } from 'zod';
import { AnalysisPlan } from './analysis-plan';
import { AskExplore } from './explore';
import { ForecastResult } from './forecast';
import { ResultColumn, ResultRows } from './query';

/** How an answer is drawn: chosen from the shape of the result. */
export const ChartSpec = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('number'),
    /** Column of the big number, and of its comparison (change %) when there is one. */
    value: z.string(),
    comparison: z.string().nullable(),
  }),
  z.object({
    type: z.enum(['line', 'bar', 'pie']),
    /** The category or time axis column. */
    x: z.string(),
    /** Measure columns drawn as series. */
    series: z.array(z.string()).min(1),
    /** A second grouping drawn as separate series (two-dimension answers). */
    splitBy: z.string().nullable(),
    horizontal: z.boolean(),
  }),
  z.object({ type: z.literal('table') }),
]);
export type ChartSpec = z.infer<typeof ChartSpec>;

/** One editable piece of the plan, shown as a chip ("Revenue", "by Category", "last 90 days"). */
export const PlanChip = z.object({
  kind: z.enum(['measure', 'dimension', 'filter', 'time', 'comparison', 'sort', 'limit']),
  label: z.string(),
});
export type PlanChip = z.infer<typeof PlanChip>;

export const ClarifyOption = z.object({ label: z.string(), plan: AnalysisPlan });

export const AskAnswer = z.object({
  chatId: z.string(),
  question: z.string(),
  /** What happened: an answer, a short choice back, or a polite refusal. */
  kind: z.enum(['answer', 'clarify', 'refuse']),
  /** The choice or refusal in words; for an answer, how the question was read. */
  message: z.string(),
  options: z.array(ClarifyOption),
  /** Defaults taken, dates anchored, hand-offs: what the person should know about the reading. */
  notes: z.array(z.string()),
  plan: AnalysisPlan.nullable(),
  chips: z.array(PlanChip),
  sql: z.string().nullable(),
  columns: z.array(ResultColumn),
  /** The answer table, at most 500 rows (the full result stays in the cache under resultId). */
  rows: ResultRows,
  resultId: z.string().nullable(),
  chart: ChartSpec.nullable(),
  /** Short sentences built from computed facts. */
  narrative: z.array(z.string()),
  sourceId: z.string(),
  /** When the data was read: the cached result's time. */
  asOf: z.string().nullable(),
  /** The latest day in the data, which relative dates count back from. */
  dataThrough: z.string().nullable(),
  bytesProcessed: z.number().nullable(),
  costUsd: z.number().nullable(),
  elapsedMs: z.number(),
  /** For questions about reviews: what the explorer found (absent in answers saved before it existed). */
  explore: AskExplore.nullable().optional(),
  /** For a forecast question: the forecast itself (absent in answers saved before forecasts existed). */
  forecast: ForecastResult.nullable().optional(),
});
export type AskAnswer = z.infer<typeof AskAnswer>;

export const ChatSummary = z.object({
  id: z.string(),
  sourceId: z.string(),
  title: z.string(),
  updatedAt: z.string(),
});

export const askMethods = {
  'ask.question': {
    input: z
      .object({
        sourceId: z.string().min(1, 'Say which data source to ask.'),
        question: z.string().trim().min(1, 'Type a question.').max(2000, 'Keep a question under 2,000 characters.'),
        /** Continue this chat (follow-ups use its last plan); a new chat when absent. */
        chatId: z.string().optional(),
        /** Answer with this plan instead of reading the question (an edited chip, a clarifying choice). */
        plan: AnalysisPlan.optional(),
        jobId: z
          .string()
          .regex(/^[\w-]{1,80}$/)
          .optional(),
      })
      .strict(),
    output: AskAnswer,
  },
  'ask.suggestions': {
    input: z.object({ sourceId: z.string().min(1) }).strict(),
    output: z.object({ questions: z.array(z.string()) }),
  },
  /** The source's measures and dimensions, for the chip editors. */
  'ask.catalog': {
    input: z.object({ sourceId: z.string().min(1) }).strict(),
    output: z.object({
      measures: z.array(z.object({ id: z.string(), label: z.string() })),
      dimensions: z.array(z.object({ id: z.string(), label: z.string() })),
    }),
  },
  'chats.list': {
    input: z.object({ sourceId: z.string().optional() }).strict(),
    output: z.object({ chats: z.array(ChatSummary) }),
  },
  'chats.get': {
    input: z.object({ chatId: z.string().min(1) }).strict(),
    output: z.object({ chat: ChatSummary, answers: z.array(AskAnswer) }),
  },
  'chats.delete': {
    input: z.object({ chatId: z.string().min(1) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
} as const;
