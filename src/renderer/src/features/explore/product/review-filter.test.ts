import { describe, expect, it } from 'vitest';
import { isSelected, toggleFilter } from './review-filter';

describe('review filter', () => {
  it('toggles the same filter off and switches to another', () => {
    const fit = { aspect: 'fit', polarity: 'negative' as const };
    expect(toggleFilter(null, fit)).toEqual(fit);
    expect(toggleFilter(fit, fit)).toBeNull();
    expect(toggleFilter(fit, { aspect: 'fit', polarity: null })).toEqual({ aspect: 'fit', polarity: null });
  });

  it('matches an aspect with or without its polarity', () => {
    const fit = { aspect: 'fit', polarity: 'negative' as const };
    expect(isSelected(fit, 'fit')).toBe(true);
    expect(isSelected(fit, 'fit', 'positive')).toBe(false);
    expect(isSelected(null, 'fit')).toBe(false);
  });
});
