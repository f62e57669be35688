import type { ProductSort, ProductView } from '../contract/explore';
import { moneyFormat } from '../format/money';

// A grid view in words: the title a pinned view gets by default and the facts its report shows.
// Shared so main's default title and the renderer's prefilled one are the same words.

const SORT_WORDS: Record<ProductSort, string> = {
  revenue: 'revenue',
  units: 'units',
  growth: 'growth',
  rating: 'rating',
  sentiment: 'sentiment',
  complaints: 'complaints',
  return_rate: 'return rate',
  reviews: 'review count',
  price: 'price',
  name: 'name',
};

const TITLE_LENGTH = 120;

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One filter's values: "Jeans", "Jeans, Shorts, Skirts", "Acme, Birch +4". */
const listed = (values: readonly string[]): string =>
  values.length <= 3 ? values.join(', ') : `${values.slice(0, 2).join(', ')} +${values.length - 2}`;

/** The price range in words, in the source's currency (ISO code; null: plain numbers), or null when neither end is set. */
const priceWords = (min: number | null, max: number | null, currency: string | null): string | null => {
  const money = (value: number): string => moneyFormat(currency).amount(value);
  // Either order means the same range.
  const [low, high] = min !== null && max !== null && min > max ? [max, min] : [min, max];
  if (low !== null && high !== null) return `${money(low)} to ${money(high)}`;
  if (low !== null) return `from ${money(low)}`;
  return high === null ? null : `up to ${money(high)}`;
};

/** "by complaints", "by rating, lowest first", "by name" (A to Z reads as the natural order). */
const sortWords = (sort: ProductSort, direction: ProductView['direction']): string => {
  if (sort === 'name') return direction === 'asc' ? 'by name' : 'by name, Z to A';
  return direction === 'desc' ? `by ${SORT_WORDS[sort]}` : `by ${SORT_WORDS[sort]}, lowest first`;
};

/** A readable title for a view: "Jeans · fit complaints · by complaints"; prices in `currency` (the source's ISO code). */
export const viewTitle = (view: ProductView, currency: string | null): string => {
  const { filters } = view;
  const parts = [
    view.search === '' ? null : `“${view.search}”`,
    ...[filters.departments, filters.categories, filters.brands].map((values) =>
      values.length === 0 ? null : listed(values),
    ),
    filters.complaintsAbout === null ? null : `${filters.complaintsAbout} complaints`,
    filters.ratingMin === null ? null : `rated ${filters.ratingMin}+`,
    filters.sentiment === null ? null : `${filters.sentiment} sentiment`,
    priceWords(filters.priceMin, filters.priceMax, currency),
  ].filter((part): part is string => part !== null);
  const title = [
    parts.length === 0 ? 'All products' : capitalised(parts.join(' · ')),
    sortWords(view.sort, view.direction),
    ...(view.period === 'last_3_months' ? ['last 3 months'] : []),
  ].join(' · ');
  return title.length <= TITLE_LENGTH ? title : `${title.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
};

export interface ViewFact {
  label: string;
  value: string;
}

/** What the view shows, fact by fact, for the report that keeps it; prices in `currency` (the source's ISO code). */
export const viewFacts = (view: ProductView, currency: string | null): ViewFact[] => {
  const { filters } = view;
  const plural = (one: string, many: string, values: readonly string[]): ViewFact[] =>
    values.length === 0 ? [] : [{ label: values.length === 1 ? one : many, value: values.join(', ') }];
  const price = priceWords(filters.priceMin, filters.priceMax, currency);
  const narrowed = [
    ...(view.search === '' ? [] : [{ label: 'Search', value: `“${view.search}”` }]),
    ...plural('Department', 'Departments', filters.departments),
    ...plural('Category', 'Categories', filters.categories),
    ...plural('Brand', 'Brands', filters.brands),
    ...(filters.complaintsAbout === null
      ? []
      : [{ label: 'Complaints about', value: capitalised(filters.complaintsAbout) }]),
    ...(filters.ratingMin === null ? [] : [{ label: 'Rating', value: `${filters.ratingMin} ★ and up` }]),
    ...(filters.sentiment === null ? [] : [{ label: 'Sentiment', value: capitalised(filters.sentiment) }]),
    ...(price === null ? [] : [{ label: 'Price', value: capitalised(price) }]),
  ];
  const sorted =
    view.sort === 'name'
      ? `Name, ${view.direction === 'asc' ? 'A to Z' : 'Z to A'}`
      : `${capitalised(SORT_WORDS[view.sort])}, ${view.direction === 'desc' ? 'highest' : 'lowest'} first`;
  return [
    ...(narrowed.length === 0 ? [{ label: 'Products', value: 'All, no filter' }] : narrowed),
    { label: 'Sorted by', value: sorted },
    { label: 'Sales', value: view.period === 'last_3_months' ? 'Last 3 months' : 'Last 12 months' },
  ];
};
