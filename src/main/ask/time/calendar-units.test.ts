import { describe, expect, test } from 'vitest';
import { periodContaining, shiftRange } from './calendar-units';
import { isoWeekday } from './iso-date';

describe('calendar units', () => {
  test('the test anchors fall on the weekdays the tests assume', () => {
    expect(isoWeekday('2026-10-31')).toBe(6); // Saturday
    expect(isoWeekday('2011-12-09')).toBe(5); // Friday
  });

  test.each([
    ['week', '2026-10-31', '2026-10-26', '2026-11-02'],
    ['week', '2026-11-01', '2026-10-26', '2026-11-02'],
    ['month', '2011-12-09', '2011-12-01', '2012-01-01'],
    ['quarter', '2011-12-09', '2011-10-01', '2012-01-01'],
    ['half', '2011-12-09', '2011-07-01', '2012-01-01'],
    ['year', '2011-12-09', '2011-01-01', '2012-01-01'],
  ] as const)('the %s containing %s is [%s, %s)', (unit, date, start, end) => {
    expect(periodContaining(unit, date)).toEqual({ start, end });
  });

  test('shifting a month back keeps whole months', () => {
    expect(shiftRange({ start: '2011-03-01', end: '2011-04-01' }, 'month', -1)).toEqual({
      start: '2011-02-01',
      end: '2011-03-01',
    });
  });
});
