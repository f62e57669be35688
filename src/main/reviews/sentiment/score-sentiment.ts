import { aspectsIn, type ReviewAspect } from './aspects';
import { splitClauses, splitSentences, type Clause } from './clauses';
import { domainPhrases, NEGATORS } from './domain-phrases';
import { NEGATION_SCALAR, normalizeValence, vaderValence } from './vader';

/**
 * The three knobs of the combination. The defaults are the neutral choice (1 each); the few
 * alternatives tried on the dev file moved Spearman by under 0.005 (docs/review-sentiment.md).
 */
export interface SentimentWeights {
  /** Multiplies the domain phrases' valences (0 turns the domain layer off). */
  domain: number;
  /** How much a negative sentence counts next to a positive one when averaging sentences. */
  negativeSentence: number;
  /** The title's weight next to the whole body (0 ignores titles). */
  title: number;
}

export const defaultWeights: SentimentWeights = { domain: 1, negativeSentence: 1, title: 1 };

const compiledPhrases = domainPhrases.map((phrase) => ({
  ...phrase,
  regex: new RegExp(`\\b(?:${phrase.pattern})\\b`, 'gi'),
}));

/** True when one of the three words before `index` negates what follows. */
const negatedAt = (text: string, index: number): boolean => {
  const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
  const tokens = before
    .replace(/['’]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean)
    .slice(-3);
  return tokens.some((token) => NEGATORS.has(token));
};

/** Raw valence (VADER's word scale) of one clause: domain phrases plus VADER on the rest. */
export const clauseValence = (text: string, domainWeight = 1): number => {
  let masked = text;
  let domain = 0;
  if (domainWeight !== 0) {
    for (const phrase of compiledPhrases) {
      masked = masked.replace(phrase.regex, (match: string, offset: number) => {
        const negated = phrase.negationBuiltIn !== true && negatedAt(text, offset);
        domain += negated ? phrase.valence * NEGATION_SCALAR : phrase.valence;
        return ' '.repeat(match.length);
      });
    }
  }
  const rest = masked.trim().length > 0 ? vaderValence(masked) : 0;
  return rest + domain * domainWeight;
};

const weightedValence = (clauses: readonly Clause[], domainWeight: number): number =>
  clauses.reduce((sum, clause) => sum + clause.weight * clauseValence(clause.text, domainWeight), 0);

/** Sentiment of one sentence, -1..1. */
export const sentenceScore = (sentence: string, weights: SentimentWeights = defaultWeights): number =>
  normalizeValence(weightedValence(splitClauses(sentence), weights.domain));

/**
 * Sentiment of a text, -1..1: the weighted mean of its opinionated sentences (neutral ones
 * carry no opinion, so they do not dilute it); the title, if given, is blended in with the
 * same weight as the whole body, since it is the shopper's own summary.
 */
export const scoreSentiment = (text: string, title = '', weights: SentimentWeights = defaultWeights): number => {
  let sum = 0;
  let count = 0;
  for (const sentence of splitSentences(text)) {
    const score = sentenceScore(sentence, weights);
    if (score === 0) continue;
    const weight = score < 0 ? weights.negativeSentence : 1;
    sum += weight * score;
    count += weight;
  }
  const body = count > 0 ? sum / count : 0;
  const titleScore = title.trim().length > 0 && weights.title > 0 ? sentenceScore(title, weights) : 0;
  if (titleScore === 0) return body;
  if (count === 0) return titleScore;
  return (body + weights.title * titleScore) / (1 + weights.title);
};

export interface AspectSentiment {
  aspect: ReviewAspect;
  /** -1..1, from the clause that mentions the aspect (so "lovely colour but cheap fabric" splits). */
  score: number;
  sentence: string;
}

/** Every aspect mention in the text with the sentiment of the clause it sits in. */
export const aspectSentiments = (text: string): AspectSentiment[] =>
  splitSentences(text).flatMap((sentence) =>
    splitClauses(sentence).flatMap((clause) => {
      const aspects = aspectsIn(clause.text);
      if (aspects.length === 0) return [];
      const score = normalizeValence(clauseValence(clause.text));
      return aspects.map((aspect) => ({ aspect, score, sentence }));
    }),
  );
