import { describe, expect, it } from 'vitest';
import { activeFilterCount, columnsFor, emptyFilters, moveFocus, pagesFor, PAGE_SIZE } from './grid-query';

describe('grid paging and layout', () => {
  it('finds the pages an item range needs', () => {
    expect(pagesFor(0, 10)).toEqual([0]);
    expect(pagesFor(PAGE_SIZE - 1, PAGE_SIZE)).toEqual([0, 1]);
    expect(pagesFor(5 * PAGE_SIZE + 3, 7 * PAGE_SIZE)).toEqual([5, 6, 7]);
    expect(pagesFor(10, 9)).toEqual([]);
  });

  it('fits as many tiles per row as the width allows, at least one', () => {
    expect(columnsFor(1000, 220, 16)).toBe(4);
    expect(columnsFor(100, 220, 16)).toBe(1);
    expect(columnsFor(220 * 5 + 16 * 4, 220, 16)).toBe(5);
  });

  it('moves focus by arrows, rows, pages and ends, staying inside the grid', () => {
    expect(moveFocus(5, 'ArrowRight', 4, 10, 3)).toBe(6);
    expect(moveFocus(0, 'ArrowLeft', 4, 10, 3)).toBe(0);
    expect(moveFocus(5, 'ArrowDown', 4, 10, 3)).toBe(9);
    expect(moveFocus(8, 'ArrowDown', 4, 10, 3)).toBe(9);
    expect(moveFocus(5, 'ArrowUp', 4, 10, 3)).toBe(1);
    expect(moveFocus(0, 'PageDown', 4, 100, 3)).toBe(12);
    expect(moveFocus(50, 'Home', 4, 100, 3)).toBe(0);
    expect(moveFocus(5, 'End', 4, 100, 3)).toBe(99);
    expect(moveFocus(5, 'Enter', 4, 100, 3)).toBeNull();
    expect(moveFocus(0, 'ArrowDown', 4, 0, 3)).toBeNull();
  });

  it('counts the filters that are set', () => {
    expect(activeFilterCount(emptyFilters)).toBe(0);
    expect(
      activeFilterCount({ ...emptyFilters, categories: ['Jeans', 'Skirts'], complaintsAbout: 'fit', priceMin: 10 }),
    ).toBe(4);
  });
});
