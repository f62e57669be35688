import { sentimentBand, type ProductCard, type ProductFilters, type ProductSort } from '../../shared/contract/explore';
import {
  COMPLAINT_LIFT,
  COMPLAINT_MIN_REVIEWS,
  COMPLAINT_SHARE,
  type ProductReviewStats,
} from '../reviews/insights/review-insights';
import type { CatalogueProduct } from './product-catalogue';

export { sentimentBand };

/** Share of all reviews complaining about each aspect, across the source (see ReviewInsights.complaintRates). */
export type ComplaintRates = Readonly<Record<string, number>>;

/** Share of the product's reviews complaining about the aspect (0 without reviews). */
export const complaintShare = (stats: ProductReviewStats | undefined, aspect: string): number =>
  stats === undefined || stats.reviews === 0 ? 0 : (stats.complaints[aspect] ?? 0) / stats.reviews;

/** Whether enough of the product's reviews complain about the aspect, well above the norm, to call it a pattern. */
export const complainsAbout = (stats: ProductReviewStats | undefined, aspect: string, rates: ComplaintRates): boolean =>
  (stats?.complaints[aspect] ?? 0) >= COMPLAINT_MIN_REVIEWS &&
  complaintShare(stats, aspect) >= Math.max(COMPLAINT_SHARE, COMPLAINT_LIFT * (rates[aspect] ?? 0));

const complaintPatterns = (stats: ProductReviewStats | undefined, rates: ComplaintRates): ProductCard['complaints'] =>
  stats === undefined
    ? []
    : Object.keys(stats.complaints)
        .filter((aspect) => complainsAbout(stats, aspect, rates))
        .map((aspect) => ({ aspect, share: complaintShare(stats, aspect) }))
        .sort((a, b) => b.share - a.share || a.aspect.localeCompare(b.aspect));

/** The product as the grid shows it: sales from the catalogue, reviews from the index. */
export const toCard = (
  product: CatalogueProduct,
  stats: ProductReviewStats | undefined,
  rates: ComplaintRates,
): ProductCard => {
  const complaints = complaintPatterns(stats, rates);
  return {
    id: product.id,
    name: product.name,
    category: product.category,
    department: product.department,
    brand: product.brand,
    price: product.price,
    imageUri: product.imageUri,
    revenue: product.revenue,
    units: product.units,
    growth:
      product.previousRevenue === null || product.previousRevenue <= 0
        ? null
        : (product.revenue - product.previousRevenue) / product.previousRevenue,
    sparkline: product.sparkline,
    returnRate:
      product.returned === null || product.nonCancelled === null || product.nonCancelled === 0
        ? null
        : product.returned / product.nonCancelled,
    rating: stats?.rating ?? null,
    reviews: stats?.reviews ?? 0,
    sentiment: stats?.sentiment ?? null,
    topComplaint: complaints[0] ?? null,
    complaints,
  };
};

/** Every word typed must appear in the name, brand, category or id (any case, any order). */
const matchesSearch = (card: ProductCard, search: string): boolean => {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [card.name, card.brand, card.category, card.department, card.id].join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
};

const inList = (list: string[], value: string | null): boolean =>
  list.length === 0 || (value !== null && list.includes(value));

const sortValue = (
  card: ProductCard,
  sort: ProductSort,
  complaintOf: (card: ProductCard) => number | null,
): number | string | null => {
  switch (sort) {
    case 'complaints':
      return complaintOf(card);
    case 'revenue':
      return card.revenue;
    case 'units':
      return card.units;
    case 'growth':
      return card.growth;
    case 'rating':
      return card.rating;
    case 'sentiment':
      return card.sentiment;
    case 'return_rate':
      return card.returnRate;
    case 'reviews':
      return card.reviews;
    case 'price':
      return card.price;
    case 'name':
      return card.name.toLowerCase();
  }
};

export interface GridQuery {
  search: string;
  filters: ProductFilters;
  sort: ProductSort;
  direction: 'asc' | 'desc';
}

/**
 * Filters and sorts the cards. Products without a value for the sort key (no reviews, no
 * sales a year ago) go last in either direction, so "lowest rating" starts with rated products.
 */
export const queryGrid = (
  cards: ProductCard[],
  stats: ReadonlyMap<string, ProductReviewStats>,
  rates: ComplaintRates,
  query: GridQuery,
): ProductCard[] => {
  const { filters } = query;
  // A range typed the wrong way round (from 150 to 100) means the same prices as the right way.
  const [low, high] =
    filters.priceMin !== null && filters.priceMax !== null && filters.priceMin > filters.priceMax
      ? [filters.priceMax, filters.priceMin]
      : [filters.priceMin, filters.priceMax];
  const kept = cards.filter(
    (card) =>
      matchesSearch(card, query.search) &&
      inList(filters.departments, card.department) &&
      inList(filters.categories, card.category) &&
      inList(filters.brands, card.brand) &&
      (low === null || (card.price !== null && card.price >= low)) &&
      (high === null || (card.price !== null && card.price <= high)) &&
      (filters.ratingMin === null || (card.rating !== null && card.rating >= filters.ratingMin)) &&
      (filters.sentiment === null || sentimentBand(card.sentiment) === filters.sentiment) &&
      (filters.complaintsAbout === null || complainsAbout(stats.get(card.id), filters.complaintsAbout, rates)),
  );
  // With an aspect filter, "complaints" sorts by that aspect; otherwise by each product's top complaint.
  const complaintOf = (card: ProductCard): number | null => {
    const aspect = filters.complaintsAbout ?? card.topComplaint?.aspect;
    return aspect === undefined ? null : complaintShare(stats.get(card.id), aspect);
  };
  const sign = query.direction === 'asc' ? 1 : -1;
  return kept.sort((a, b) => {
    const x = sortValue(a, query.sort, complaintOf);
    const y = sortValue(b, query.sort, complaintOf);
    if (x === null || y === null) {
      if (x === y) return a.name.localeCompare(b.name);
      return x === null ? 1 : -1;
    }
    const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
    return order !== 0 ? sign * order : a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  });
};
