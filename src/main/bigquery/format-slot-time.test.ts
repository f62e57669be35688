import { describe, expect, it } from 'vitest';
import { formatSlotTime } from './format-slot-time';

describe('formatSlotTime', () => {
  it('uses seconds, then minutes, then hours', () => {
    expect(formatSlotTime(1500)).toBe('1.5 s');
    expect(formatSlotTime(42_000)).toBe('42 s');
    expect(formatSlotTime(270_000)).toBe('4.5 min');
    expect(formatSlotTime(2 * 3_600_000)).toBe('2 h');
  });
});
