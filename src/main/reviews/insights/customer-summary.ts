import { COMPLAINT_BELOW } from './review-insights';

export interface SummaryPoint {
  aspect: string;
  polarity: 'positive' | 'negative';
  /** Reviews saying it. */
  reviews: number;
  /** Of all the product's reviews in the range, 0..1. */
  share: number;
  /** The sentence most like the others in this group, in a customer's own words. */
  quote: string;
  reviewId: string;
}

export interface MentionSentence {
  reviewId: string;
  aspect: string;
  score: number;
  sentence: string;
}

const MAX_POINTS = 4;
const MIN_REVIEWS = 2;
/** Sentences compared per group: the medoid of a few hundred is as good as of thousands, and quadratic. */
const MAX_SENTENCES = 200;

const tokens = (sentence: string): Set<string> => new Set(sentence.toLowerCase().match(/[a-z]{3,}/g) ?? []);

const jaccard = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
};

/**
 * The sentence with the highest mean word overlap with the rest of its group (a medoid): the
 * way most customers put it, rather than the loudest review. Ties go to the shorter sentence.
 */
const representative = (group: MentionSentence[]): MentionSentence | undefined => {
  const sample = group.slice(0, MAX_SENTENCES);
  const sets = sample.map((mention) => tokens(mention.sentence));
  let best: { mention: MentionSentence; score: number } | undefined;
  sample.forEach((mention, index) => {
    const own = sets[index];
    if (!own) return;
    let total = 0;
    sets.forEach((other, otherIndex) => {
      if (otherIndex !== index) total += jaccard(own, other);
    });
    const score = total / Math.max(1, sets.length - 1);
    if (
      !best ||
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) <= 1e-9 && mention.sentence.length < best.mention.sentence.length)
    ) {
      best = { mention, score };
    }
  });
  return best?.mention;
};

/**
 * "What customers say", built locally from the reviews themselves: the most common things
 * said (aspect and polarity, by how many reviews say it), each with a representative sentence.
 * Extractive on purpose: every word shown was written by a customer.
 */
export const summarisePoints = (mentions: MentionSentence[], totalReviews: number): SummaryPoint[] => {
  const groups = new Map<string, MentionSentence[]>();
  for (const mention of mentions) {
    const polarity =
      mention.score < COMPLAINT_BELOW ? 'negative' : mention.score > -COMPLAINT_BELOW ? 'positive' : null;
    if (polarity === null) continue;
    const key = `${mention.aspect}|${polarity}`;
    const list = groups.get(key) ?? [];
    list.push(mention);
    groups.set(key, list);
  }
  return [...groups]
    .map(([key, group]) => {
      const [aspect = '', polarity] = key.split('|');
      return {
        aspect,
        polarity: polarity as 'positive' | 'negative',
        group,
        reviews: new Set(group.map((m) => m.reviewId)).size,
      };
    })
    .filter((entry) => entry.reviews >= MIN_REVIEWS)
    .sort((a, b) => b.reviews - a.reviews || a.aspect.localeCompare(b.aspect))
    .slice(0, MAX_POINTS)
    .flatMap((entry) => {
      const quote = representative(entry.group);
      if (!quote) return [];
      return [
        {
          aspect: entry.aspect,
          polarity: entry.polarity,
          reviews: entry.reviews,
          share: totalReviews === 0 ? 0 : entry.reviews / totalReviews,
          quote: quote.sentence,
          reviewId: quote.reviewId,
        },
      ];
    });
};
