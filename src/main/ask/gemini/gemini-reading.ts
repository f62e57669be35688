import { z } from 'zod';
import { AnalysisPlan } from '../../../shared/contract/analysis-plan';
import type { ClarifyOption } from '../interpretation';

/**
 * The one answer Gemini may give to a question, as a discriminated union on `kind`. It is the
 * structured-output schema (so the model cannot answer in another shape) and the parser of
 * what comes back. Plans are the shared AnalysisPlan schema, descriptions and all.
 */
const message = z.string().trim().min(1).max(600);

export const GeminiPlanReply = z
  .object({
    kind: z.literal('plan').describe('The question can be answered by one analysis plan.'),
    plan: AnalysisPlan,
    notes: z
      .array(z.string().trim().min(1).max(240))
      .max(4)
      .describe(
        'Short notes for the person about how the question was read: defaults taken, dates anchored, words ignored. Empty when there is nothing to say.',
      ),
  })
  .strict();

export const GeminiClarifyReply = z
  .object({
    kind: z.literal('clarify').describe('The question is unclear: ask back with a few choices instead of guessing.'),
    message: message.describe('One short question back, e.g. "Did you mean revenue or units?"'),
    options: z
      .array(
        z
          .object({
            label: z.string().trim().min(1).max(120).describe('What picking this choice means, in a few words.'),
            plan: AnalysisPlan,
          })
          .strict(),
      )
      .max(4)
      .describe('Up to four readings to pick from, each a complete plan.'),
  })
  .strict();

export const GeminiRefuseReply = z
  .object({
    kind: z
      .literal('refuse')
      .describe('The request asks to change data, or is not a question about this data: decline politely.'),
    message: message.describe('One or two polite sentences saying what Aisle can do instead.'),
  })
  .strict();

export const GeminiSqlReply = z
  .object({
    kind: z
      .literal('sql')
      .describe('Only when no plan over the listed measures and dimensions can answer: one read-only SELECT query.'),
    sql: z
      .string()
      .trim()
      .min(1)
      .max(20_000)
      .describe('Exactly one SELECT (or WITH … SELECT) statement in the stated dialect, over the listed tables only.'),
    explanation: message.describe('One sentence saying what the query computes, for the person to check.'),
  })
  .strict();

export const GeminiReply = z
  .discriminatedUnion('kind', [GeminiPlanReply, GeminiClarifyReply, GeminiRefuseReply, GeminiSqlReply])
  .describe('How the question is answered: a plan, a question back, a refusal, or (rarely) a read-only SQL query.');
export type GeminiReply = z.infer<typeof GeminiReply>;

/**
 * What Aisle made of Gemini's reply, after checking it: plans resolved against the semantic
 * model, SQL through the read-only check. Plan, clarify and refuse are the offline
 * interpreter's Interpretation; `sql` must still pass the dry run (guardGeneratedSql) before it runs.
 */
export type GeminiReading =
  | { kind: 'plan'; plan: AnalysisPlan; notes: string[] }
  | { kind: 'clarify'; message: string; options: ClarifyOption[] }
  | { kind: 'refuse'; message: string }
  | { kind: 'sql'; sql: string; explanation: string };
