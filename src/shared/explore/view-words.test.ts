import { describe, expect, it } from 'vitest';
import { noProductFilters, ProductView } from '../contract/explore';
import { viewFacts, viewTitle } from './view-words';

const view = (input: Record<string, unknown>): ProductView => ProductView.parse({ sourceId: 'demo', ...input });

describe('viewTitle', () => {
  it('names what is filtered, then the sort', () => {
    expect(
      viewTitle(view({ filters: { categories: ['Jeans'], complaintsAbout: 'fit' }, sort: 'complaints' }), 'USD'),
    ).toBe('Jeans · fit complaints · by complaints');
    expect(viewTitle(view({}), 'USD')).toBe('All products · by revenue');
    expect(viewTitle(view({ sort: 'rating', direction: 'asc', period: 'last_3_months' }), 'USD')).toBe(
      'All products · by rating, lowest first · last 3 months',
    );
    expect(viewTitle(view({ sort: 'name', direction: 'asc' }), 'USD')).toBe('All products · by name');
  });

  it('says search, lists, ratings, sentiment and prices in words', () => {
    expect(
      viewTitle(
        view({
          search: 'puffer',
          filters: { brands: ['Acme', 'Birch', 'Cove', 'Dune'], ratingMin: 4, sentiment: 'negative', priceMax: 50 },
        }),
        'USD',
      ),
    ).toBe('“puffer” · Acme, Birch +2 · rated 4+ · negative sentiment · up to $50 · by revenue');
    expect(viewTitle(view({ filters: { departments: ['Women'], categories: ['Jeans', 'Shorts'] } }), 'USD')).toBe(
      'Women · Jeans, Shorts · by revenue',
    );
    // A range typed the wrong way round is the same range.
    expect(viewTitle(view({ filters: { priceMin: 150, priceMax: 100 } }), 'USD')).toBe('$100 to $150 · by revenue');
  });

  it('stays within a report title’s 120 characters', () => {
    const long = viewTitle(view({ search: 'x'.repeat(200) }), 'USD');
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('viewFacts', () => {
  it('lists each filter, the sort and the period', () => {
    expect(
      viewFacts(
        view({ filters: { categories: ['Jeans'], complaintsAbout: 'fit', priceMin: 20 }, sort: 'complaints' }),
        'USD',
      ),
    ).toEqual([
      { label: 'Category', value: 'Jeans' },
      { label: 'Complaints about', value: 'Fit' },
      { label: 'Price', value: 'From $20' },
      { label: 'Sorted by', value: 'Complaints, highest first' },
      { label: 'Sales', value: 'Last 12 months' },
    ]);
  });

  it('says when nothing is filtered', () => {
    expect(viewFacts(view({ filters: noProductFilters, sort: 'name', direction: 'desc' }), 'USD')).toEqual([
      { label: 'Products', value: 'All, no filter' },
      { label: 'Sorted by', value: 'Name, Z to A' },
      { label: 'Sales', value: 'Last 12 months' },
    ]);
  });

  it('writes prices in the source’s currency, and plain when it is not known', () => {
    const priced = view({ filters: { priceMin: 20, priceMax: 49.5 } });
    expect(viewFacts(priced, 'GBP')).toContainEqual({ label: 'Price', value: '£20 to £49.5' });
    expect(viewTitle(priced, 'EUR')).toBe('€20 to €49.5 · by revenue');
    expect(viewTitle(priced, null)).toBe('20 to 49.5 · by revenue');
  });
});
