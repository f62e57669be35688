import { describe, expect, it } from 'vitest';
import { formatAxisPeriod, formatPeriod, nextPeriod, periodEnd, periodStart } from './forecast-dates';

describe('periods', () => {
  it('finds the start of the period holding a day', () => {
    expect(periodStart('day', '2026-03-04')).toBe('2026-03-04');
    expect(periodStart('week', '2026-03-04')).toBe('2026-03-02');
    expect(periodStart('week', '2026-03-08')).toBe('2026-03-02');
    expect(periodStart('week', '2026-03-02')).toBe('2026-03-02');
    expect(periodStart('month', '2026-03-31')).toBe('2026-03-01');
  });

  it('steps to the next period and finds a period’s last day', () => {
    expect(nextPeriod('day', '2026-02-28')).toBe('2026-03-01');
    expect(nextPeriod('week', '2025-12-29')).toBe('2026-01-05');
    expect(nextPeriod('month', '2025-12-01')).toBe('2026-01-01');
    expect(periodEnd('month', '2026-02-01')).toBe('2026-02-28');
    expect(periodEnd('week', '2026-03-02')).toBe('2026-03-08');
  });

  it('reads periods for people', () => {
    expect(formatPeriod('week', '2026-03-02')).toBe('Week of 2 Mar 2026');
    expect(formatPeriod('month', '2026-03-01')).toBe('Mar 2026');
    expect(formatPeriod('day', '2026-03-03')).toBe('Tue 3 Mar 2026');
    expect(formatAxisPeriod('day', '2026-03-03')).toBe('3 Mar 2026');
  });
});
