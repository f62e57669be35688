import { describe, expect, it } from 'vitest';
import type { ReportComparison } from '../../../../shared/contract/reports';
import {
  changeCell,
  changeText,
  comparisonRows,
  comparisonSummary,
  defaultPair,
  orderedPair,
  pickVersion,
} from './comparison';

const comparison: ReportComparison = {
  key: ['category'],
  measures: ['revenue', 'units'],
  rows: [
    { key: ['Dresses'], before: [100, 10], after: [110, 10] },
    { key: ['Shoes'], before: [200, 20], after: [150, 25] },
    { key: ['Hats'], before: [null, null], after: [40, 4] },
    { key: ['Bags'], before: [0, 1], after: [5, 1] },
  ],
  added: 1,
  removed: 2,
};

describe('changeCell and changeText', () => {
  it('measures a change and its percent', () => {
    const cell = changeCell(200, 150);
    expect(cell).toMatchObject({ delta: -50, fraction: -0.25, tone: 'down' });
    expect(changeText(cell)).toBe('-50 (-25%)');
    expect(changeText(changeCell(100, 110))).toBe('+10 (+10%)');
  });

  it('names rows new or gone, no change, and leaves out a percent of zero', () => {
    expect(changeText(changeCell(null, 4))).toBe('new');
    expect(changeText(changeCell(4, null))).toBe('gone');
    expect(changeText(changeCell(0.1 + 0.2, 0.3))).toBe('no change');
    expect(changeText(changeCell(0, 5))).toBe('+5');
    expect(changeText(changeCell(null, null))).toBe('–');
  });
});

describe('comparisonRows', () => {
  it('keeps the table order, marking added rows', () => {
    const rows = comparisonRows(comparison);
    expect(rows.map((row) => row.key[0])).toEqual(['Dresses', 'Shoes', 'Hats', 'Bags']);
    expect(rows.map((row) => row.added)).toEqual([false, false, true, false]);
  });

  it('sorts by the largest move of the first measure, new rows first', () => {
    const rows = comparisonRows(comparison, 'change');
    expect(rows.map((row) => row.key[0])).toEqual(['Hats', 'Shoes', 'Dresses', 'Bags']);
  });
});

describe('comparisonSummary', () => {
  it('counts and totals the rows in both versions', () => {
    const summary = comparisonSummary(comparison);
    expect(summary).toMatchObject({ matched: 3, changed: 3, added: 1, removed: 2 });
    expect(summary.totals[0]).toMatchObject({ measure: 'revenue', cell: { before: 300, after: 265 } });
    expect(summary.totals[1]?.cell).toMatchObject({ before: 31, after: 36, tone: 'up' });
  });
});

describe('picking versions', () => {
  it('starts with the latest two, in order', () => {
    expect(defaultPair([3, 1, 2])).toEqual({ before: 2, after: 3 });
    expect(defaultPair([1])).toBeNull();
  });

  it('picks two, replacing the older pick, and unpicks on a second click', () => {
    expect(pickVersion([], 2)).toEqual([2]);
    expect(pickVersion([2], 4)).toEqual([2, 4]);
    expect(pickVersion([2, 4], 1)).toEqual([4, 1]);
    expect(pickVersion([2, 4], 2)).toEqual([4]);
    expect(orderedPair([4, 1])).toEqual({ before: 1, after: 4 });
    expect(orderedPair([4])).toBeNull();
  });
});
