import { describe, expect, it } from 'vitest';
import { columnsFromTops, gridMove, kindLabel, listInput } from './library-nav';

describe('listInput', () => {
  it('leaves out what is not filtered', () => {
    expect(listInput('  sales ', null, 'all')).toEqual({ search: 'sales' });
    expect(listInput('', 'weekly', 'forecast')).toEqual({ search: '', tag: 'weekly', kind: 'forecast' });
  });

  it('labels kinds', () => {
    expect(kindLabel('sql')).toBe('SQL');
    expect(kindLabel('forecast')).toBe('Forecast');
    expect(kindLabel('explore')).toBe('Explorer view');
    expect(kindLabel('survey')).toBe('Survey');
    expect(listInput('', null, 'explore')).toEqual({ search: '', kind: 'explore' });
  });
});

describe('gridMove', () => {
  // 7 cards, 3 to a row:  0 1 2 / 3 4 5 / 6
  it('moves across and down the grid', () => {
    expect(gridMove(0, 'ArrowRight', 7, 3)).toBe(1);
    expect(gridMove(1, 'ArrowDown', 7, 3)).toBe(4);
    expect(gridMove(4, 'ArrowUp', 7, 3)).toBe(1);
    expect(gridMove(3, 'ArrowLeft', 7, 3)).toBe(2);
    expect(gridMove(4, 'End', 7, 3)).toBe(6);
    expect(gridMove(4, 'Home', 7, 3)).toBe(0);
  });

  it('lands on the last card from above a short row, and stops at the edges', () => {
    expect(gridMove(5, 'ArrowDown', 7, 3)).toBe(6);
    expect(gridMove(6, 'ArrowDown', 7, 3)).toBeNull();
    expect(gridMove(0, 'ArrowUp', 7, 3)).toBeNull();
    expect(gridMove(6, 'ArrowRight', 7, 3)).toBeNull();
    expect(gridMove(0, 'Enter', 7, 3)).toBeNull();
    expect(gridMove(0, 'ArrowRight', 0, 3)).toBeNull();
  });

  it('counts cards to a row from their top edges', () => {
    expect(columnsFromTops([10, 10, 10, 200, 200])).toBe(3);
    expect(columnsFromTops([10, 10])).toBe(2);
    expect(columnsFromTops([])).toBe(1);
  });
});
