import { isKnownWord, isQuestionWord } from './common-words';
import { tokenise, type Token } from './normalise';
import { typoBudget } from './typo';
import type { Vocabulary } from './vocabulary';

/** A word of the question, ready to compare with indexed words. */
export interface QuestionToken extends Token {
  /** Words in different segments are never part of one match (an ignored span lies between them). */
  segment: number;
  questionWord: boolean;
  knownWord: boolean;
  /** Indexed keys this word may stand for, with the edits each takes (0 = same word or its plural). */
  near: ReadonlyMap<string, number>;
}

/** "display" is the channel Display, except as the first word of a command ("display sales by brand"). */
const LEADING_COMMANDS: ReadonlySet<string> = new Set(['display']);

const overlaps = (token: Token, spans: readonly { start: number; end: number }[]): boolean =>
  spans.some((span) => token.start < span.end && token.end > span.start);

/**
 * Typed words that are already indexed, real English words, numbers or short words are taken as
 * written; only the rest are looked up as typos. That keeps "grew" from becoming "grey" and makes
 * the common case (every word spelled right) one map lookup per word.
 */
const nearWords = (token: Token, questionWord: boolean, knownWord: boolean, vocabulary: Vocabulary) => {
  if (vocabulary.has(token.key)) return new Map([[token.key, 0]]);
  if (questionWord || knownWord || token.numeric || token.norm.length < 4) return new Map<string, number>();
  return new Map(
    vocabulary.near([token.norm, token.key], token.norm.length, typoBudget).map((word) => [word.key, word.edits]),
  );
};

/** The question's words, connectors and ignored spans left out. */
export const questionTokens = (
  question: string,
  vocabulary: Vocabulary,
  ignoreSpans: readonly { start: number; end: number }[] = [],
): QuestionToken[] => {
  const tokens: QuestionToken[] = [];
  let segment = 0;
  for (const token of tokenise(question)) {
    if (overlaps(token, ignoreSpans)) {
      segment++;
      continue;
    }
    if (token.connector) continue;
    const leadingCommand = tokens.length === 0 && LEADING_COMMANDS.has(token.norm);
    const questionWord = leadingCommand || isQuestionWord(token.norm);
    const knownWord = questionWord || isKnownWord(token.norm);
    tokens.push({
      ...token,
      segment,
      questionWord,
      knownWord,
      near: nearWords(token, questionWord, knownWord, vocabulary),
    });
  }
  return tokens;
};

const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'for', 'to', 'the']);

/**
 * "us" names the country only when written "US" or "U.S.", or after in/from/for/to/the
 * ("sales in us"); "show us revenue" is the pronoun.
 */
export const countryNotPronoun = (tokens: readonly QuestionToken[], index: number, question: string): boolean => {
  const token = tokens[index];
  if (!token) return false;
  if (token.upper || question.slice(token.start, token.end).includes('.')) return true;
  const before = tokens[index - 1];
  return before !== undefined && before.segment === token.segment && PREPOSITIONS.has(before.norm);
};
