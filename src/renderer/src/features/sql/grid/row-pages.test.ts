import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, RowPages } from './row-pages';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('RowPages', () => {
  it('fetches a page once, then serves its rows, and keeps only a bounded number of pages', async () => {
    const calls: Array<[number, number]> = [];
    let loaded = 0;
    const pages = new RowPages(
      (offset, limit) => {
        calls.push([offset, limit]);
        return Promise.resolve(Array.from({ length: limit }, (_, i) => [offset + i]));
      },
      () => (loaded += 1),
    );
    expect(pages.row(3)).toBeUndefined();
    expect(pages.row(4)).toBeUndefined();
    await flush();
    expect(calls).toEqual([[0, PAGE_SIZE]]);
    expect(pages.row(4)).toEqual([4]);
    for (let page = 1; page <= 40; page += 1) pages.row(page * PAGE_SIZE);
    await flush();
    expect(loaded).toBe(41);
    expect(pages.cachedRowCount).toBeLessThanOrEqual(24 * PAGE_SIZE);
    expect(pages.row(40 * PAGE_SIZE + 7)).toEqual([40 * PAGE_SIZE + 7]);
  });
});
