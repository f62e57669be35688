import nlp from 'compromise';
import { aspectsIn } from '../sentiment/aspects';
import { splitSentences } from '../sentiment/clauses';
import { scoreSentiment } from '../sentiment/score-sentiment';
import { vaderCompound } from '../sentiment/vader';
import { COMMON_WORDS } from './common-words';
import { COMPLAINT_BELOW } from './day-range';

export interface EmergingAspect {
  term: string;
  /** Reviews of the product using the word. */
  reviews: number;
  /** Mean sentiment of the sentences using it, -1..1. */
  sentiment: number;
  /** Reviews whose sentence with the word is negative. */
  complaints: number;
}

/** A word must appear in at least this many of the product's reviews… */
const MIN_REVIEWS = 3;
/** …and this share of them… */
const MIN_SHARE = 0.08;
/** …and this many times more often than across the source, to be something this product's customers talk about. */
const MIN_LIFT = 4;
const MAX_TERMS = 4;
/** Candidates checked with the part-of-speech tagger, most frequent first. */
const MAX_CHECKED = 12;

const WORD = /[a-z][a-z'-]{2,}/g;

const patternOf = (word: string): RegExp => new RegExp(`\\b${word.replace(/[-']/g, '\\$&')}\\b`, 'i');

const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(WORD) ?? []);

/** Sentences checked per candidate word: enough to see how it is used, few enough to stay fast (~3 ms each). */
const NOUN_SAMPLE = 6;

/** Whether the word is used as a noun (a thing customers talk about) in most of the sample sentences. */
const usedAsNoun = (word: string, sentences: string[]): boolean => {
  const sample = sentences.slice(0, NOUN_SAMPLE);
  if (sample.length === 0) return false;
  const asNoun = sample.filter((sentence) =>
    (nlp(sentence).match('#Noun').not('#Pronoun').not('#Date').not('#Duration').terms().out('array') as string[]).some(
      (term: string) => term.toLowerCase().replace(/[^a-z'-]/g, '') === word,
    ),
  ).length;
  return asNoun * 2 >= sample.length;
};

/**
 * Words this product's reviews use far more often than the rest of the source's ("hood",
 * "pilling", "lining"), beyond the eight standard aspects: a cheap keyword lift, since no
 * part-of-speech model ships with Aisle. Words with a sentiment of their own (VADER's lexicon),
 * common English words and words the standard aspects already cover are left out.
 */
export const emergingAspects = (
  texts: string[],
  sourceDocumentFrequency: (term: string) => number,
  sourceReviews: number,
  /** The product's own name and category words ("puffer", "jacket"): its reviews use them, but they are not aspects. */
  exclude: ReadonlySet<string> = new Set(),
): EmergingAspect[] => {
  if (texts.length < MIN_REVIEWS || sourceReviews === 0) return [];
  const frequency = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const sentences = texts.flatMap((text) => splitSentences(text));
  const threshold = Math.max(MIN_REVIEWS, Math.ceil(MIN_SHARE * texts.length));
  const candidates = [...frequency]
    .filter(([word, count]) => count >= threshold && !COMMON_WORDS.has(word) && !exclude.has(word) && !/'/.test(word))
    .filter(([word]) => aspectsIn(word).length === 0 && vaderCompound(word) === 0)
    .map(([word, count]) => {
      const sourceShare = sourceDocumentFrequency(word) / sourceReviews;
      const lift = sourceShare === 0 ? Number.POSITIVE_INFINITY : count / texts.length / sourceShare;
      return { word, count, lift };
    })
    .filter((candidate) => candidate.lift >= MIN_LIFT)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_CHECKED)
    .filter(({ word }) => {
      const pattern = patternOf(word);
      return usedAsNoun(
        word,
        sentences.filter((sentence) => pattern.test(sentence)),
      );
    })
    .slice(0, MAX_TERMS);
  return candidates.map(({ word, count }) => {
    const pattern = patternOf(word);
    const scores: number[] = [];
    let complaints = 0;
    for (const text of texts) {
      const sentences = splitSentences(text).filter((sentence) => pattern.test(sentence));
      if (sentences.length === 0) continue;
      const reviewScores = sentences.map((sentence) => scoreSentiment(sentence));
      scores.push(...reviewScores);
      if (Math.min(...reviewScores) < COMPLAINT_BELOW) complaints += 1;
    }
    const sentiment = scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score, 0) / scores.length;
    return { term: word, reviews: count, sentiment, complaints };
  });
};
