import { describe, expect, it } from 'vitest';
import type { AnalysisPlan } from '../../../../shared/contract';
import { applyEdit, chipIndexes, presetOf, timeRangeFor } from './plan-edits';

const plan: AnalysisPlan = {
  intent: 'ranking',
  measures: ['revenue'],
  dimensions: [{ id: 'category', grain: null }],
  filters: [{ dimension: 'department', operator: 'in', values: ['Women'] }],
  timeRange: { start: '2025-11-01', end: '2026-11-01' },
  comparison: 'previous_period',
  sort: { by: 'revenue', direction: 'desc', basis: 'change' },
  limit: 10,
};

describe('time presets', () => {
  it('count back from the latest day in the data, end excluded', () => {
    expect(timeRangeFor('last_7_days', '2026-10-31')).toEqual({ start: '2026-10-25', end: '2026-11-01' });
    expect(timeRangeFor('last_12_months', '2026-10-31')).toEqual({ start: '2025-11-01', end: '2026-11-01' });
    expect(timeRangeFor('month_to_date', '2026-10-31')).toEqual({ start: '2026-10-01', end: '2026-11-01' });
    expect(timeRangeFor('last_month', '2026-01-15')).toEqual({ start: '2025-12-01', end: '2026-01-01' });
    expect(timeRangeFor('last_year', '2026-10-31')).toEqual({ start: '2025-01-01', end: '2026-01-01' });
    expect(timeRangeFor('all_time', '2026-10-31')).toBeNull();
  });

  it('recognise a range as its preset', () => {
    expect(presetOf({ start: '2025-11-01', end: '2026-11-01' }, '2026-10-31')).toBe('last_12_months');
    expect(presetOf(null, '2026-10-31')).toBe('all_time');
    expect(presetOf({ start: '2024-03-01', end: '2024-04-01' }, '2026-10-31')).toBeNull();
  });
});

describe('applyEdit', () => {
  it('replaces a measure and keeps the sort on it', () => {
    const edited = applyEdit(plan, { kind: 'measure', index: 0, to: 'units' });
    expect(edited.measures).toEqual(['units']);
    expect(edited.sort?.by).toBe('units');
  });

  it('drops the comparison, and a sort by change, with the time range', () => {
    const edited = applyEdit(plan, { kind: 'time', range: null });
    expect(edited.comparison).toBe('none');
    expect(edited.sort).toEqual({ by: 'revenue', direction: 'desc', basis: 'value' });
  });

  it('makes a single total of a breakdown without dimensions', () => {
    const edited = applyEdit({ ...plan, comparison: 'none', sort: null }, { kind: 'dimension', index: 0, to: null });
    expect(edited.dimensions).toEqual([]);
    expect(edited.limit).toBeNull();
    expect(edited.intent).toBe('metric');
  });

  it('turns a breakdown into a trend when the dimension becomes the date, at a grain that fits', () => {
    const edited = applyEdit(
      { ...plan, intent: 'breakdown', sort: null },
      { kind: 'dimension', index: 0, to: { id: 'date', grain: 'month' } },
    );
    expect(edited.intent).toBe('trend');
    expect(applyEdit(edited, { kind: 'time', range: { start: '2026-10-01', end: '2026-11-01' } }).dimensions).toEqual([
      { id: 'date', grain: 'day' },
    ]);
  });

  it('removes a filter and changes the limit', () => {
    expect(applyEdit(plan, { kind: 'filter', index: 0 }).filters).toEqual([]);
    expect(applyEdit(plan, { kind: 'limit', to: 5 }).limit).toBe(5);
  });
});

describe('chipIndexes', () => {
  it('numbers chips within their kind', () => {
    expect(
      chipIndexes([
        { kind: 'measure', label: 'Revenue' },
        { kind: 'dimension', label: 'by Category' },
        { kind: 'measure', label: 'Units' },
      ]),
    ).toEqual([0, 0, 1]);
  });
});

describe('the limit chip', () => {
  it('turns a top 10 into a bottom 5', () => {
    const edited = applyEdit(plan, { kind: 'limit', to: 5, direction: 'asc' });
    expect(edited.limit).toBe(5);
    expect(edited.sort?.direction).toBe('asc');
  });
});
