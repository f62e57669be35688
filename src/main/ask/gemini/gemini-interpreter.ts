import type { AnalysisPlan } from '../../../shared/contract/analysis-plan';
import type { SqlDialect } from '../../../shared/sql';
import { AisleError } from '../../core/aisle-error';
import type { SemanticModel } from '../../semantic';
import type { ClarifyOption } from '../interpretation';
import { planChips } from '../plan-chips';
import { asksToModify, REFUSAL } from '../refusal';
import { checkPlan } from './check-plan';
import type { Gemini } from './gemini-client';
import { groundedPrompt, systemRules } from './gemini-prompt';
import { GeminiReply, type GeminiReading } from './gemini-reading';
import { readingSchemaFor } from './reading-schema';
import { checkReadOnlySql } from './sql-guard';

export interface GeminiInterpretContext {
  gemini: Gemini;
  model: SemanticModel;
  /** The source's engine: the dialect a generated query is written and checked in. */
  dialect: SqlDialect;
  /** A few stored values per dimension id (10 to 15 each), for grounding. */
  samples: Readonly<Record<string, readonly string[]>>;
  /** Every stored value per dimension id, where known: filter values are held to these. */
  knownValues?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The latest day with data, YYYY-MM-DD. */
  anchor: string;
  /** The plan of the previous answer in the chat, for follow-ups. */
  previous: AnalysisPlan | null;
  /** Earlier turns, oldest first (planSummary from `planSummary`). */
  history: readonly { question: string; planSummary: string }[];
  signal?: AbortSignal | undefined;
}

/** A plan in a few words, for the conversation Gemini is shown: "Revenue · by Category · top 10". */
export const planSummary = (plan: AnalysisPlan, model: SemanticModel): string =>
  [plan.intent, ...planChips(plan, model).map((chip) => chip.label)].join(' · ');

const unusable = (why: string): GeminiReading => ({
  kind: 'clarify',
  message: `I could not read that question reliably (${why}). Rephrase it, or ask it another way.`,
  options: [],
});

/** The model's clarify options, keeping only those whose plans compile (canonical ids, values checked). */
const checkedOptions = (
  options: readonly { label: string; plan: AnalysisPlan }[],
  context: GeminiInterpretContext,
): ClarifyOption[] =>
  options.flatMap((option) => {
    const checked = checkPlan(option.plan, context);
    return checked.kind === 'plan' ? [{ label: option.label, plan: checked.plan }] : [];
  });

/**
 * Gemini's reading of a question: structured output constrained to a plan, a question back,
 * a refusal, or (for questions no plan can express) one read-only SELECT. Requests to change
 * data are refused before the model is called, with the offline interpreter's own check and
 * words. Whatever the model answers is checked before it is returned: plans resolved against
 * the semantic model (an invalid one becomes a clarify), SQL through checkReadOnlySql (a query
 * that would write becomes a refusal). A returned `sql` must still pass guardGeneratedSql
 * (the dry run) before it runs.
 */
export const interpretWithGemini = async (
  question: string,
  context: GeminiInterpretContext,
): Promise<GeminiReading> => {
  if (asksToModify(question)) return { kind: 'refuse', message: REFUSAL };

  let reply: GeminiReply;
  try {
    reply = await context.gemini.generateJson({
      system: systemRules(context),
      prompt: groundedPrompt(question, context),
      schema: GeminiReply,
      jsonSchema: readingSchemaFor(context.model),
      signal: context.signal,
    });
  } catch (error) {
    if (error instanceof AisleError && error.code === 'invalid_output')
      return unusable(error.message.replace(/\.$/, ''));
    throw error;
  }

  switch (reply.kind) {
    case 'plan': {
      const checked = checkPlan(reply.plan, context);
      return checked.kind === 'plan' ? { ...checked, notes: [...reply.notes, ...checked.notes] } : checked;
    }
    case 'clarify':
      return { kind: 'clarify', message: reply.message, options: checkedOptions(reply.options, context).slice(0, 4) };
    case 'refuse':
      return { kind: 'refuse', message: reply.message };
    case 'sql':
      try {
        return { kind: 'sql', sql: checkReadOnlySql(reply.sql, context.dialect), explanation: reply.explanation };
      } catch (error) {
        if (!(error instanceof AisleError)) throw error;
        // The model wrote something other than one read-only query: it never reaches the warehouse.
        return {
          kind: 'refuse',
          message:
            'Aisle only reads your data, and the query written for this question was not a single read-only SELECT, so it was not run. Ask about the data in other words, or write the query yourself in the SQL editor.',
        };
      }
  }
};
