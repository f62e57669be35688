import { describe, expect, it } from 'vitest';
import { absoluteTime, relativeTime } from './relative-time';

const now = Date.parse('2026-11-25T12:00:00.000Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('relativeTime', () => {
  it('says how long ago in the words people use', () => {
    expect(relativeTime(ago(10_000), now)).toBe('just now');
    expect(relativeTime(ago(5 * 60_000), now)).toBe('5 min ago');
    expect(relativeTime(ago(3 * 3_600_000 + 1000), now)).toBe('3 h ago');
    expect(relativeTime(ago(30 * 3_600_000), now)).toBe('yesterday');
    expect(relativeTime(ago(4 * 86_400_000), now)).toBe('4 days ago');
  });

  it('names the date once it is over a month old', () => {
    expect(relativeTime('2026-09-01T12:00:00.000Z', now)).toBe('Sep 1, 2026');
  });

  it('reads a skewed clock as just now, and passes through what is not a time', () => {
    expect(relativeTime(ago(-60_000), now)).toBe('just now');
    expect(relativeTime('soon', now)).toBe('soon');
    expect(absoluteTime('soon')).toBe('soon');
  });

  it('writes the absolute time with date and time', () => {
    expect(absoluteTime('2026-11-25T12:00:00.000Z')).toMatch(/Nov 25, 2026/);
  });
});
