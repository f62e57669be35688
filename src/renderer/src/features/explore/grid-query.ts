import type { ExplorePeriod, ProductFilters, ProductSort } from '../../../../shared/contract/explore';

/** What the grid shows: everything `explore.products` takes except paging. */
export interface GridQuery {
  sourceId: string;
  period: ExplorePeriod;
  search: string;
  filters: ProductFilters;
  sort: ProductSort;
  direction: 'asc' | 'desc';
}

export const emptyFilters: ProductFilters = {
  departments: [],
  categories: [],
  brands: [],
  priceMin: null,
  priceMax: null,
  ratingMin: null,
  sentiment: null,
  complaintsAbout: null,
};

/** Products fetched per request as the grid scrolls. */
export const PAGE_SIZE = 120;

/** Page indexes covering the item range [first, last]. */
export const pagesFor = (first: number, last: number): number[] => {
  if (last < first) return [];
  const pages: number[] = [];
  for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) pages.push(page);
  return pages;
};

/** How many filters are set (for the Filters button's count). */
export const activeFilterCount = (filters: ProductFilters): number =>
  filters.departments.length +
  filters.categories.length +
  filters.brands.length +
  (filters.priceMin === null ? 0 : 1) +
  (filters.priceMax === null ? 0 : 1) +
  (filters.ratingMin === null ? 0 : 1) +
  (filters.sentiment === null ? 0 : 1) +
  (filters.complaintsAbout === null ? 0 : 1);

/** Tiles per row for a width: as many as fit at their minimum width, at least one. */
export const columnsFor = (width: number, minTile: number, gap: number): number =>
  Math.max(1, Math.floor((width + gap) / (minTile + gap)));

/** The next focused tile for a key, or null when the key does not move focus. */
export const moveFocus = (
  index: number,
  key: string,
  columns: number,
  total: number,
  rowsPerPage: number,
): number | null => {
  if (total === 0) return null;
  const last = total - 1;
  const clamp = (value: number): number => Math.min(last, Math.max(0, value));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return clamp(index + columns);
    case 'ArrowUp':
      return clamp(index - columns);
    case 'PageDown':
      return clamp(index + columns * rowsPerPage);
    case 'PageUp':
      return clamp(index - columns * rowsPerPage);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
};
