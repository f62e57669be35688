import { z } from 'zod';
import { moneyFormat } from '../../../shared/format/money';
import { AisleError } from '../../core/aisle-error';
import type { Row } from '../../warehouse/warehouse';
import type { Gemini } from './gemini-client';
import { checkNarrative, narrativeFacts } from './narrative-check';

/** Rows of the table the model sees: enough to phrase the answer, few enough to stay cheap. */
const ROWS_SHOWN = 40;

export interface NarrativeInput {
  question: string;
  /** The computed sentences (narrate() or the drivers' sentences): the facts, already in words. */
  computedSentences: readonly string[];
  /** The answer's table: its column names and rows, as the person sees them. */
  table: { columns: readonly { name: string }[]; rows: readonly Row[] };
  /** The ISO code the source's money is in; null when not known (then no currency sign may appear). */
  currency: string | null;
  signal?: AbortSignal | undefined;
  /** Hears why a rewrite was not used (never the text itself). */
  log?: ((message: string) => void) | undefined;
}

const Rewrite = z
  .object({
    sentences: z
      .array(z.string().trim().min(1).max(300))
      .min(1)
      .max(4)
      .describe('Two to four short sentences for a merchandiser, most important first.'),
  })
  .strict();

const SYSTEM = [
  'You write the summary under a chart in a retail analytics app, for a merchandiser who will paste it into a deck.',
  'Use only the facts and the table given. Every number you write must appear in them, written the same way or rounded from them ($1,234,567 may become $1.2M; 0.184 may become 18.4%).',
  'Do not calculate new numbers: no sums, differences, averages or ratios that are not given.',
  'Do not guess causes or give advice. Plain words, no markdown, no bullet points.',
].join('\n');

const tableText = (table: NarrativeInput['table']): string => {
  const header = table.columns.map((column) => column.name).join(' | ');
  const lines = table.rows.slice(0, ROWS_SHOWN).map((row) => row.map((cell) => JSON.stringify(cell)).join(' | '));
  const more = table.rows.length > ROWS_SHOWN ? [`(${table.rows.length - ROWS_SHOWN} more rows not shown)`] : [];
  return [header, ...lines, ...more].join('\n');
};

/** How the prompt says what money is in, so the model does not reach for a dollar sign. */
const moneyLine = (currency: string | null): string =>
  currency === null
    ? 'The currency of this data is not known: write amounts as plain numbers, with no currency sign.'
    : `Money is in ${currency}: write it as the facts do (${moneyFormat(currency).whole(1234)}).`;

/** A sentence with a currency sign the source's money does not use (any sign, when it is not known). */
const wrongMoney = (sentence: string, currency: string | null): boolean => {
  const own = moneyFormat(currency).prefix.trim();
  return [...sentence.matchAll(/[$€£¥₹]/g)].some(([sign]) => own === '' || !own.endsWith(sign));
};

/**
 * Lets Gemini phrase the answer, then holds it to the numbers: a rewritten sentence survives only
 * if every number in it matches a computed fact (checkNarrative). When nothing survives, or the
 * call fails for any reason but a cancel, the computed sentences are the narrative.
 */
export const rewriteNarrative = async (gemini: Gemini, input: NarrativeInput): Promise<string[]> => {
  const fallback = [...input.computedSentences];
  if (fallback.length === 0) return fallback;
  let proposed: string[];
  try {
    const answer = await gemini.generateJson({
      system: SYSTEM,
      prompt: [
        `Question: ${input.question}`,
        `Computed facts:\n${input.computedSentences.map((sentence) => `- ${sentence}`).join('\n')}`,
        `Table (first ${Math.min(ROWS_SHOWN, input.table.rows.length)} of ${input.table.rows.length} rows):\n${tableText(input.table)}`,
        moneyLine(input.currency),
        'Rewrite the computed facts as a short summary.',
      ],
      schema: Rewrite,
      temperature: 0.3,
      signal: input.signal,
    });
    proposed = answer.sentences;
  } catch (error) {
    if (error instanceof AisleError && error.code === 'cancelled') throw error;
    input.log?.(`Gemini's narrative was not used (${error instanceof AisleError ? error.code : 'error'})`);
    return fallback;
  }
  const facts = narrativeFacts({ rows: input.table.rows, sentences: input.computedSentences });
  const kept = checkNarrative(
    proposed.filter((sentence) => !wrongMoney(sentence, input.currency)),
    facts,
    { rowCount: input.table.rows.length },
  );
  if (kept.length < proposed.length) {
    input.log?.(
      `Gemini's narrative: ${proposed.length - kept.length} of ${proposed.length} sentences dropped for numbers no fact supports`,
    );
  }
  return kept.length > 0 ? kept : fallback;
};
