import { describe, expect, it } from 'vitest';
import { effectiveSort, nextOffset, reviewCountLabel, reviewsInput } from './review-query';

describe('reviewsInput', () => {
  it('leaves out empty filters', () => {
    expect(reviewsInput({ sourceId: 'demo', query: '  ', sort: 'relevance', aspect: null, polarity: null }, 0)).toEqual(
      {
        sourceId: 'demo',
        sort: 'newest',
        offset: 0,
        limit: 25,
      },
    );
  });

  it('sends every filter that is set', () => {
    expect(
      reviewsInput(
        {
          sourceId: 'demo',
          productId: 'p1',
          query: ' zipper ',
          sort: 'relevance',
          aspect: 'quality',
          polarity: 'negative',
          rating: 2,
          since: '2026-03-01',
        },
        25,
      ),
    ).toEqual({
      sourceId: 'demo',
      productId: 'p1',
      query: 'zipper',
      aspect: 'quality',
      polarity: 'negative',
      rating: 2,
      since: '2026-03-01',
      sort: 'relevance',
      offset: 25,
      limit: 25,
    });
  });
});

describe('paging', () => {
  it('asks for more until the total is loaded', () => {
    const page = (count: number) => ({ reviews: Array.from({ length: count }) });
    expect(nextOffset([page(25)], 60)).toBe(25);
    expect(nextOffset([page(25), page(25), page(10)], 60)).toBeUndefined();
    expect(nextOffset([page(0)], 60)).toBeUndefined();
  });

  it('keeps explicit sorts and labels counts', () => {
    expect(effectiveSort('lowest', '')).toBe('lowest');
    expect(reviewCountLabel(1)).toBe('1 review');
    expect(reviewCountLabel(1320)).toBe('1,320 reviews');
  });
});
