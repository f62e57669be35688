import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, formatShare, shiftDay } from './day';

describe('day formatting', () => {
  it('reads days as people do and moves them by whole days', () => {
    expect(formatDay('2026-03-01')).toBe('1 Mar 2026');
    expect(formatDay('2025-12-25')).toBe('25 Dec 2025');
    expect(shiftDay('2026-11-01', -1)).toBe('2026-10-31');
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(formatShare(0.532)).toBe('53%');
  });
});

describe('formatMoment', () => {
  it('reads an instant as a day and a UTC time', () => {
    expect(formatMoment('2026-11-25T03:12:44.123Z')).toBe('25 Nov 2026 03:12 UTC');
    expect(formatMoment('2026-11-25T01:00:00+02:00')).toBe('24 Nov 2026 23:00 UTC');
  });
  it('leaves what is not a time as it is', () => {
    expect(formatMoment('an earlier visit')).toBe('an earlier visit');
  });
});
