import { describe, expect, it } from 'vitest';
import { summarisePoints } from './customer-summary';
import { emergingAspects } from './emerging-aspects';

describe('what customers say', () => {
  it('groups mentions by aspect and polarity, most reviews first, quoting the most typical sentence', () => {
    const mentions = [
      { reviewId: '1', aspect: 'quality', score: -0.7, sentence: 'The zipper broke after a week.' },
      { reviewId: '2', aspect: 'quality', score: -0.6, sentence: 'Zipper broke after two weeks.' },
      { reviewId: '3', aspect: 'quality', score: -0.8, sentence: 'Awful stitching, a total disgrace, never again!!' },
      { reviewId: '4', aspect: 'quality', score: -0.5, sentence: 'The zipper broke.' },
      { reviewId: '5', aspect: 'colour', score: 0.6, sentence: 'Lovely colour.' },
      { reviewId: '6', aspect: 'colour', score: 0.5, sentence: 'Lovely colour in person.' },
      { reviewId: '7', aspect: 'fit', score: 0.4, sentence: 'Fits well.' },
      { reviewId: '8', aspect: 'fit', score: 0, sentence: 'It has a fit.' },
    ];
    const points = summarisePoints(mentions, 10);
    expect(points.map((point) => `${point.aspect}/${point.polarity}`)).toEqual(['quality/negative', 'colour/positive']);
    expect(points[0]).toMatchObject({ reviews: 4, share: 0.4 });
    expect(points[0]?.quote).toMatch(/zipper broke/i);
    expect(points[1]?.quote).toBe('Lovely colour.');
  });

  it('finds a word one product’s reviews use far more than others’, used as a noun', () => {
    const texts = [
      'The hood is too small for my head.',
      'Hood falls off when I walk.',
      'Warm coat but the hood is tiny.',
      'I like it, the hood could be bigger.',
      'Nice coat.',
    ];
    const found = emergingAspects(texts, (term) => (term === 'hood' ? 5 : 500), 1000, new Set(['coat']));
    expect(found.map((aspect) => aspect.term)).toEqual(['hood']);
    expect(found[0]?.reviews).toBe(4);
    // Words common across the source do not stand out.
    expect(emergingAspects(texts, () => 600, 1000)).toEqual([]);
  });
});
