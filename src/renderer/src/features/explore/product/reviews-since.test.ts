import { describe, expect, it } from 'vitest';
import { addDays, isIsoDay, reviewsSinceFor, sinceChoiceOf } from './reviews-since';

describe('reviews since', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('accepts only real days', () => {
    expect(isIsoDay('2026-03-01')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2026-3-1')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });

  it('sends nothing for the period start, a day for the others', () => {
    expect(reviewsSinceFor('period', '2026-03-01', '2026-12-01')).toBeUndefined();
    expect(reviewsSinceFor('last_90_days', '', '2026-12-01')).toBe('2026-09-02');
    expect(reviewsSinceFor('custom', '2026-03-01', '2026-12-01')).toBe('2026-03-01');
    expect(reviewsSinceFor('custom', '2026-03-', '2026-12-01')).toBeUndefined();
  });

  it('maps a since day back to its choice', () => {
    expect(sinceChoiceOf(undefined, '2026-12-01')).toBe('period');
    expect(sinceChoiceOf('2026-09-02', '2026-12-01')).toBe('last_90_days');
    expect(sinceChoiceOf('2026-03-01', '2026-12-01')).toBe('custom');
  });
});
