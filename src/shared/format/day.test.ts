import { describe, expect, it } from 'vitest';
import { formatDay, formatShare, shiftDay } from './day';

describe('day formatting', () => {
  it('reads days as people do and moves them by whole days', () => {
    expect(formatDay('2026-03-01')).toBe('1 Mar 2026');
    expect(formatDay('2025-12-25')).toBe('25 Dec 2025');
    expect(shiftDay('2026-11-01', -1)).toBe('2026-10-31');
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(formatShare(0.532)).toBe('53%');
  });
});
