import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSeasonLength, readLongCsv, regularise, spacingOf, step } from './long-csv';

describe('long-format series files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-long-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads id, ds, y in any column order, sorting each series by time (integer steps numerically)', async () => {
    const path = join(dir, 'a.csv');
    writeFileSync(path, 'y,id,ds\n3,b,2024-01-03\n1,b,2024-01-01\n2,b,2024-01-02\n5,"c,1",10\n4,"c,1",9\n,"c,1",11\n');
    const series = await readLongCsv(path);
    expect(series).toEqual([
      { id: 'b', ds: ['2024-01-01', '2024-01-02', '2024-01-03'], y: [1, 2, 3] },
      { id: 'c,1', ds: [9, 10, 11], y: [4, 5, null] },
    ]);
  });

  it('refuses stamps that are neither dates nor whole numbers', async () => {
    const path = join(dir, 'b.csv');
    writeFileSync(path, 'id,ds,y\na,yesterday,1\n');
    await expect(readLongCsv(path)).rejects.toThrow(/"yesterday" in ds is neither a date/);
  });

  it('finds the step and fills gaps with missing values', () => {
    expect(spacingOf(['2024-01-01', '2024-01-08', '2024-01-22'])).toEqual({ kind: 'days', days: 7 });
    expect(spacingOf(['2024-01-01', '2024-02-01', '2024-03-01'])).toEqual({ kind: 'months', months: 1 });
    expect(spacingOf([1, 2, 3])).toEqual({ kind: 'index' });
    expect(
      regularise({ id: 'x', ds: ['2024-01-01', '2024-01-08', '2024-01-22'], y: [1, 2, 4] }, { kind: 'days', days: 7 }),
    ).toEqual({
      ds: ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22'],
      y: [1, 2, null, 4],
    });
    expect(step('2024-01-31', { kind: 'months', months: 1 }, 1)).toBe('2024-02-29');
    expect(step('2024-01-31', { kind: 'months', months: 1 }, 2)).toBe('2024-03-31');
    const monthEnds = ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30'];
    expect(regularise({ id: 'm', ds: monthEnds, y: [1, 2, 3, 4, 5, 6] }, { kind: 'months', months: 1 })).toEqual({
      ds: monthEnds,
      y: [1, 2, 3, 4, 5, 6],
    });
    expect(step('2024-06-30', { kind: 'months', months: 1 }, 1)).toBe('2024-07-31');
    expect(() =>
      regularise({ id: 'd', ds: ['2024-01-01', '2024-01-01'], y: [1, 2] }, { kind: 'days', days: 1 }),
    ).toThrow(/has 2024-01-01 twice/);
    expect(step(40, { kind: 'index' }, 2)).toBe(42);
    expect(defaultSeasonLength({ kind: 'days', days: 1 })).toEqual([7, 365]);
    expect(defaultSeasonLength({ kind: 'days', days: 7 })).toEqual([52]);
    expect(defaultSeasonLength({ kind: 'months', months: 1 })).toEqual([12]);
  });
});
