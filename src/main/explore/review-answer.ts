import type { AnalysisPlan } from '../../shared/contract/analysis-plan';
import type { AskExplore } from '../../shared/contract/explore';
import { aspectsIn } from '../reviews/sentiment/aspects';
import { formatDay } from './customer-headline';

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

const percent = (share: number): string => `${Math.round(share * 100)}%`;

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
    .map(({ product, share }) => `${product.name} (${percent(share)} of its reviews)`);
  return [
    `${found.total} product${found.total === 1 ? ' has' : 's have'} a pattern of ${found.aspect} complaints since ${formatDay(found.since)}.`,
    `The most: ${named.join(', ')}.`,
  ];
};
