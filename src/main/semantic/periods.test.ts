import { describe, expect, it } from 'vitest';
import { addMonths, comparisonPeriod } from './periods';

describe('comparisonPeriod', () => {
  it('takes whole months back when the range is whole months: March follows February', () => {
    expect(comparisonPeriod({ start: '2024-03-01', end: '2024-04-01' }, 'previous_period', null)).toEqual({
      range: { start: '2024-02-01', end: '2024-03-01' },
      shift: { unit: 'month', amount: 1 },
    });
    expect(comparisonPeriod({ start: '2024-01-01', end: '2024-04-01' }, 'previous_period', null).range).toEqual({
      start: '2023-10-01',
      end: '2024-01-01',
    });
  });

  it('takes the same number of days back for any other range', () => {
    expect(comparisonPeriod({ start: '2024-03-10', end: '2024-03-17' }, 'previous_period', null)).toEqual({
      range: { start: '2024-03-03', end: '2024-03-10' },
      shift: { unit: 'day', amount: 7 },
    });
    expect(comparisonPeriod({ start: '2024-03-01', end: '2024-04-01' }, 'previous_period', 'day').shift).toEqual({
      unit: 'day',
      amount: 31,
    });
  });

  it('moves by whole buckets of the grain, so earlier buckets land on current ones', () => {
    // 30 days from a Monday touch 5 weeks: go back 35 days.
    expect(comparisonPeriod({ start: '2024-01-01', end: '2024-01-31' }, 'previous_period', 'week')).toEqual({
      range: { start: '2023-11-27', end: '2023-12-27' },
      shift: { unit: 'day', amount: 35 },
    });
    // Mid-January to mid-April touches four months.
    expect(comparisonPeriod({ start: '2024-01-15', end: '2024-04-15' }, 'previous_period', 'month').shift).toEqual({
      unit: 'month',
      amount: 4,
    });
    expect(comparisonPeriod({ start: '2024-01-01', end: '2024-07-01' }, 'previous_period', 'quarter').shift).toEqual({
      unit: 'month',
      amount: 6,
    });
    expect(comparisonPeriod({ start: '2023-01-01', end: '2025-01-01' }, 'previous_period', 'year').range).toEqual({
      start: '2021-01-01',
      end: '2023-01-01',
    });
  });

  it('goes back a calendar year, or 52 weeks when counting by week', () => {
    expect(comparisonPeriod({ start: '2024-02-29', end: '2024-03-31' }, 'same_period_last_year', 'month')).toEqual({
      range: { start: '2023-02-28', end: '2023-03-31' },
      shift: { unit: 'month', amount: 12 },
    });
    expect(comparisonPeriod({ start: '2024-01-01', end: '2024-01-08' }, 'same_period_last_year', 'week')).toEqual({
      range: { start: '2023-01-02', end: '2023-01-09' },
      shift: { unit: 'day', amount: 364 },
    });
  });
});

describe('addMonths', () => {
  it('keeps the day of the month where it exists, else takes the month-end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
  });
});
