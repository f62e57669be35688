import { formatDay, formatShare } from '../../shared/format/day';
import type { SummaryPoint } from '../reviews/insights/customer-summary';
import type { DayRange } from '../reviews/insights/review-insights';

/** The summary's first sentence, from counted facts only: how many reviews, the rating, the loudest complaint and praise. */
export const customerHeadline = (
  totals: { reviews: number; rating: number | null } | null,
  points: SummaryPoint[],
  range: DayRange,
  hasReviews: boolean,
): string => {
  if (!hasReviews) return 'This source has no reviews to read.';
  if (!totals || totals.reviews === 0) return `No reviews since ${formatDay(range.start)}.`;
  const count = `${totals.reviews.toLocaleString('en-US')} review${totals.reviews === 1 ? '' : 's'} since ${formatDay(range.start)}`;
  const rating = totals.rating === null ? '' : `, averaging ${totals.rating.toFixed(1)} stars`;
  const complaint = points.find((point) => point.polarity === 'negative');
  const praise = points.find((point) => point.polarity === 'positive');
  const parts = [`${count}${rating}.`];
  if (complaint) parts.push(`The top complaint is ${complaint.aspect} (${formatShare(complaint.share)} of reviews).`);
  if (praise) parts.push(`Customers like the ${praise.aspect} (${formatShare(praise.share)}).`);
  return parts.join(' ');
};
