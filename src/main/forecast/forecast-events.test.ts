import { describe, expect, it } from 'vitest';
import { historyEnd, periodStart, periodsFrom, seasonLengthsFor } from './forecast-periods';
import { holidaysBetween } from './forecast-events';

describe('forecast periods', () => {
  it('starts weeks on Monday and months on the first', () => {
    expect(periodStart('week', '2026-10-31')).toBe('2026-10-26');
    expect(periodStart('week', '2026-10-26')).toBe('2026-10-26');
    expect(periodStart('month', '2026-10-31')).toBe('2026-10-01');
    expect(periodStart('day', '2026-10-31')).toBe('2026-10-31');
  });

  it('leaves a partial last period out of the history', () => {
    // 2026-10-31 is a Saturday: the week of the 26th is not complete, October is.
    expect(historyEnd('week', '2026-10-31')).toBe('2026-10-26');
    expect(historyEnd('week', '2026-11-01')).toBe('2026-11-02');
    expect(historyEnd('month', '2026-10-31')).toBe('2026-11-01');
    expect(historyEnd('month', '2026-10-30')).toBe('2026-10-01');
    expect(historyEnd('day', '2026-10-31')).toBe('2026-11-01');
  });

  it('lists periods ahead and the seasons of each grain', () => {
    expect(periodsFrom('month', '2026-11-01', 3)).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
    expect(periodsFrom('week', '2026-10-26', 2)).toEqual(['2026-10-26', '2026-11-02']);
    expect(seasonLengthsFor('day')).toEqual([7, 365]);
  });

  it('marks Black Friday, Cyber Monday and Christmas in a window', () => {
    expect(holidaysBetween('2025-11-01', '2025-12-31').map((event) => [event.start, event.label])).toEqual([
      ['2025-11-28', 'Black Friday'],
      ['2025-12-01', 'Cyber Monday'],
      ['2025-12-25', 'Christmas Day'],
    ]);
    expect(holidaysBetween('2026-01-01', '2026-06-30')).toEqual([]);
  });
});
