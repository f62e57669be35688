import type { SummaryPoint } from '../reviews/insights/customer-summary';
import type { DayRange } from '../reviews/insights/review-insights';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-03-01 → 1 Mar 2026 */
export const formatDay = (iso: string): string =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

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
  if (complaint) parts.push(`The top complaint is ${complaint.aspect} (${percent(complaint.share)} of reviews).`);
  if (praise) parts.push(`Customers like the ${praise.aspect} (${percent(praise.share)}).`);
  return parts.join(' ');
};
