import { describe, expect, it } from 'vitest';
import { defaultDirection, sentimentTint, sortAspects } from './aspect-sort';

const row = (aspect: string, share: number, sentiment: number, complaints: number) => ({
  aspect,
  mentions: 10,
  share,
  sentiment,
  complaints,
  emerging: false,
});
const rows = [row('fit', 0.4, -0.3, 12), row('colour', 0.2, 0.6, 1), row('zipper', 0.2, -0.7, 9)];

describe('sortAspects', () => {
  it('sorts by each column and keeps the input untouched', () => {
    expect(sortAspects(rows, 'share', 'desc').map((entry) => entry.aspect)).toEqual(['fit', 'colour', 'zipper']);
    expect(sortAspects(rows, 'sentiment', 'asc').map((entry) => entry.aspect)).toEqual(['zipper', 'fit', 'colour']);
    expect(sortAspects(rows, 'complaints', 'desc').map((entry) => entry.aspect)).toEqual(['fit', 'zipper', 'colour']);
    expect(sortAspects(rows, 'aspect', 'asc').map((entry) => entry.aspect)).toEqual(['colour', 'fit', 'zipper']);
    expect(rows[0]?.aspect).toBe('fit');
  });

  it('picks a sensible first direction per column', () => {
    expect([defaultDirection('aspect'), defaultDirection('share'), defaultDirection('sentiment')]).toEqual([
      'asc',
      'desc',
      'asc',
    ]);
  });
});

describe('sentimentTint', () => {
  it('diverges around zero', () => {
    expect(sentimentTint(-0.8)).toEqual({ tone: 'negative', strength: 0.8 });
    expect(sentimentTint(0.3)).toEqual({ tone: 'positive', strength: 0.3 });
    expect(sentimentTint(0.01)).toEqual({ tone: 'neutral', strength: 0 });
    expect(sentimentTint(3).strength).toBe(1);
  });
});
