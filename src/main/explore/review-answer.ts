import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import { noProductFilters, type AskExplore, type ProductCard } from '../../shared/contract/explore';
import { summarisePoints } from '../reviews/insights/customer-summary';
import type { DayRange, ReviewInsights } from '../reviews/insights/review-insights';
import { aspectsIn } from '../reviews/sentiment/aspects';
import { formatDay, formatShare } from '../../shared/format/day';
import { customerHeadline } from './customer-headline';
import { complaintShare, queryGrid } from './product-grid';
import { productWords } from './product-words';

/** "complaints", "problems", "issues", "unhappy with": the question is about what goes wrong. */
const COMPLAINT_CUE = /\b(?:complain\w*|complaints?|problems?|issues?|unhappy|negative|bad|poor|worst)\b/i;

export type ReviewQuestion =
  | { kind: 'product'; name: string }
  | { kind: 'complaints'; aspect: string; filters: Extract<AskExplore, { kind: 'complaints' }>['filters'] };

const valuesOf = (plan: AnalysisPlan, dimension: string): string[] =>
  plan.filters
    .filter((filter) => filter.dimension === dimension && (filter.operator === 'in' || filter.operator === 'equals'))
    .flatMap((filter) => filter.values.map(String));

/**
 * What a review question asks the explorer for: one named product ("what do customers say
 * about the puffer jacket"), or the products with a complaint ("which dresses have fit
 * complaints"); null when the ratings answer is all there is to give.
 */
export const readReviewQuestion = (question: string, plan: AnalysisPlan): ReviewQuestion | null => {
  const [product] = valuesOf(plan, 'product');
  if (product !== undefined && valuesOf(plan, 'product').length === 1) return { kind: 'product', name: product };
  const [aspect] = aspectsIn(question);
  if (aspect === undefined || !COMPLAINT_CUE.test(question)) return null;
  return {
    kind: 'complaints',
    aspect,
    filters: {
      departments: valuesOf(plan, 'department'),
      categories: valuesOf(plan, 'category'),
      brands: valuesOf(plan, 'brand'),
    },
  };
};

/** Sentences for the answer card, from the explorer's counted facts only. */
export const reviewNarrative = (found: AskExplore): string[] => {
  if (found.kind === 'product') {
    const quote = found.points.find((point) => point.polarity === 'negative') ?? found.points[0];
    return [
      `${found.productName}: ${found.headline}`,
      ...(quote ? [`A typical ${quote.polarity === 'negative' ? 'complaint' : 'comment'}: “${quote.quote}”`] : []),
    ];
  }
  if (found.total === 0)
    return [`No product has a pattern of ${found.aspect} complaints since ${formatDay(found.since)}.`];
  const named = found.products
    .slice(0, 3)
    .map(({ product, share }) => `${product.name} (${formatShare(share)} of its reviews)`);
  return [
    `${found.total} product${found.total === 1 ? ' has' : 's have'} a pattern of ${found.aspect} complaints since ${formatDay(found.since)}.`,
    `The most: ${named.join(', ')}.`,
  ];
};

export interface ReviewAnswerContext {
  cards: readonly ProductCard[];
  insights: ReviewInsights;
  /** The reviews read: the question's dates, or the explorer's default period. */
  range: DayRange;
}

/** Ask's question answered from the reviews: the named product's voice, or the products with a complaint. */
export const answerReviewQuestion = (
  question: string,
  plan: AnalysisPlan,
  { cards, insights, range }: ReviewAnswerContext,
): AskExplore | null => {
  const wanted = readReviewQuestion(question, plan);
  if (wanted === null) return null;
  const stats = insights.productStats(range);
  // Ratings and complaints of the range asked about, not of the explorer's default period.
  const inRange = cards.map((card) => {
    const found = stats.get(card.id);
    return {
      ...card,
      rating: found?.rating ?? null,
      reviews: found?.reviews ?? 0,
      sentiment: found?.sentiment ?? null,
    };
  });
  if (wanted.kind === 'product') {
    const name = wanted.name.toLowerCase();
    const card = inRange
      .filter((candidate) => candidate.name.toLowerCase() === name)
      .sort((a, b) => b.reviews - a.reviews || b.revenue - a.revenue)[0];
    if (!card) return null;
    const totals = insights.productTotals(card.id, range);
    const points = summarisePoints(insights.mentionSentences(card.id, range), totals.reviews);
    return {
      kind: 'product',
      productId: card.id,
      productName: card.name,
      imageUri: card.imageUri,
      since: range.start,
      headline: customerHeadline(totals, points, range, true),
      points,
      aspects: insights.aspectTable(card.id, range, productWords(card)).slice(0, 6),
    };
  }
  const rows = queryGrid(inRange, stats, insights.complaintRates(range), {
    search: '',
    filters: { ...noProductFilters, ...wanted.filters, complaintsAbout: wanted.aspect },
    sort: 'complaints',
    direction: 'desc',
  });
  return {
    kind: 'complaints',
    aspect: wanted.aspect,
    total: rows.length,
    products: rows
      .slice(0, 10)
      .map((product) => ({ product, share: complaintShare(stats.get(product.id), wanted.aspect) })),
    filters: wanted.filters,
    since: range.start,
  };
};
