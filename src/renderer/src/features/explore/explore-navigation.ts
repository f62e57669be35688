import type { ExplorePeriod, ProductFilters, ProductSort } from '../../../../shared/contract/explore';

/**
 * Where another page sends the explorer: a product (Ask), or the grid with filters (Ask's
 * complaint answers) or as a whole view (a pinned explorer view's "Open in Explore").
 */
export interface ExploreTarget {
  sourceId: string;
  productId?: string;
  search?: string;
  filters?: Partial<ProductFilters>;
  sort?: ProductSort;
  direction?: 'asc' | 'desc';
  period?: ExplorePeriod;
}

const KEY = 'aisle.explore.target';
export const EXPLORE_TARGET_EVENT = 'aisle:explore-target';

/** Takes (and clears) the target another page left for the explorer. */
export const takeExploreTarget = (): ExploreTarget | null => {
  const raw = window.sessionStorage.getItem(KEY);
  if (raw === null) return null;
  window.sessionStorage.removeItem(KEY);
  try {
    return JSON.parse(raw) as ExploreTarget;
  } catch {
    return null;
  }
};

/** Opens the explorer on a target: leaves it in session storage, then switches page as the sidebar does. */
export const openExplore = (target: ExploreTarget): void => {
  window.sessionStorage.setItem(KEY, JSON.stringify(target));
  window.dispatchEvent(new Event(EXPLORE_TARGET_EVENT));
  document.querySelector<HTMLButtonElement>('nav[aria-label="Main"] button[data-page="explore"]')?.click();
};
