import { describe, expect, it } from 'vitest';
import { compareSnapshots } from './compare-versions';

const table = (columns: [string, string][], rows: (string | number | null)[][]) => ({
  columns: columns.map(([name, type]) => ({ name, type })),
  rows,
  rowCount: rows.length,
  truncated: false,
  asOf: '2026-11-25T00:00:00Z',
});

describe('comparing two versions', () => {
  it('matches rows on text labels, counting rows added and removed', () => {
    const before = table(
      [
        ['category', 'VARCHAR'],
        ['units', 'BIGINT'],
      ],
      [
        ['Jeans', 10],
        ['Skirts', 5],
      ],
    );
    const after = table(
      [
        ['category', 'VARCHAR'],
        ['units', 'BIGINT'],
      ],
      [
        ['Jeans', 12],
        ['Dresses', 7],
      ],
    );
    const compared = compareSnapshots(before, after);
    expect(compared.key).toEqual(['category']);
    expect(compared.measures).toEqual(['units']);
    expect(compared.rows).toEqual([
      { key: ['Jeans'], before: [10], after: [12] },
      { key: ['Dresses'], before: [null], after: [7] },
    ]);
    expect(compared).toMatchObject({ added: 1, removed: 1 });
  });

  it('reads whole-number periods and ids as labels, not measures', () => {
    const columns: [string, string][] = [
      ['year', 'BIGINT'],
      ['month', 'INTEGER'],
      ['revenue', 'DOUBLE'],
    ];
    const compared = compareSnapshots(
      table(columns, [
        [2026, 9, 100],
        [2026, 10, 120],
      ]),
      table(columns, [
        [2026, 9, 101],
        [2026, 10, 125],
      ]),
    );
    expect(compared.key).toEqual(['year', 'month']);
    expect(compared.measures).toEqual(['revenue']);
    expect(compared.rows.map((row) => [row.key, row.before, row.after])).toEqual([
      [['2026', '9'], [100], [101]],
      [['2026', '10'], [120], [125]],
    ]);
  });

  it('matches on the key columns a snapshot names, leaving its other text out', () => {
    const columns: [string, string][] = [
      ['product', 'VARCHAR'],
      ['top_complaint', 'VARCHAR'],
      ['revenue', 'DOUBLE'],
      ['product_id', 'VARCHAR'],
    ];
    const before = { ...table(columns, [['Slim Jeans', 'Fit', 100, '7']]), keyColumns: ['product', 'product_id'] };
    // The top complaint changed: still the same product.
    const after = { ...table(columns, [['Slim Jeans', 'Quality', 120, '7']]), keyColumns: ['product', 'product_id'] };
    const compared = compareSnapshots(before, after);
    expect(compared).toEqual({
      key: ['product', 'product_id'],
      measures: ['revenue'],
      rows: [{ key: ['Slim Jeans', '7'], before: [100], after: [120] }],
      added: 0,
      removed: 0,
    });
    // Key columns one version lacks are not used; without any left, every label is the key.
    const older = table(columns.slice(0, 3), [['Slim Jeans', 'Fit', 100]]);
    expect(compareSnapshots(older, after).key).toEqual(['product']);
    expect(compareSnapshots(older, { ...after, keyColumns: ['product_id'] }).key).toEqual([
      'product',
      'top_complaint',
      'product_id',
    ]);
  });

  it('falls back to row positions when labels repeat or there are none', () => {
    const compared = compareSnapshots(
      table([['units', 'BIGINT']], [[1], [2]]),
      table([['units', 'BIGINT']], [[3], [4]]),
    );
    expect(compared.key).toEqual(['row']);
    expect(compared.rows.map((row) => [row.key, row.before, row.after])).toEqual([
      [['row 1'], [1], [3]],
      [['row 2'], [2], [4]],
    ]);
  });
});
