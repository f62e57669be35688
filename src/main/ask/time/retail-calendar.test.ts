import { describe, expect, test } from 'vitest';
import { blackFriday, cyberMonday, occasions, thanksgiving } from './retail-calendar';

describe('retail calendar', () => {
  test.each([
    [2011, '2011-11-24', '2011-11-25', '2011-11-28'],
    [2024, '2024-11-28', '2024-11-29', '2024-12-02'],
    [2025, '2025-11-27', '2025-11-28', '2025-12-01'],
    [2026, '2026-11-26', '2026-11-27', '2026-11-30'],
  ])('%i: Thanksgiving %s, Black Friday %s, Cyber Monday %s', (year, thanks, friday, monday) => {
    expect(thanksgiving(year)).toBe(thanks);
    expect(blackFriday(year)).toBe(friday);
    expect(cyberMonday(year)).toBe(monday);
  });

  test('seasons and occasions start in their year and keep an exclusive end', () => {
    expect(occasions.winter.occurrence(2024)).toEqual({ start: '2024-12-01', end: '2025-03-01' });
    expect(occasions.winter.describe(2024)).toBe('winter 2024/25');
    expect(occasions.holiday_season.occurrence(2011)).toEqual({ start: '2011-11-01', end: '2012-01-01' });
    expect(occasions.christmas.occurrence(2011)).toEqual({ start: '2011-12-01', end: '2011-12-25' });
    expect(occasions.black_friday_weekend.occurrence(2011)).toEqual({ start: '2011-11-25', end: '2011-11-29' });
  });
});
