import { describe, expect, it } from 'vitest';
import { forecast } from './index';

/** A retail year by month: a winter peak and a summer trough. */
const YEAR = [430, 600, 480, 400, 355, 260, 180, 140, 138, 170, 260, 350];

describe('seasons in short series', () => {
  it.each([24, 30, 36])('keeps the yearly pattern of %i months of data', (months) => {
    const values = Array.from({ length: months }, (_, i) => (YEAR[i % 12] ?? 0) * (1 + 0.1 * Math.floor(i / 12)));
    const result = forecast({ values, horizon: 12, seasonLengths: [12], level: 95 });
    expect(result.model).toMatch(/seasonally adjusted \(period 12\)/);
    // The forecast peaks where the history does, a year on.
    const peak = result.point.indexOf(Math.max(...result.point));
    expect((months + peak) % 12).toBe(1);
    const trough = result.point.indexOf(Math.min(...result.point));
    expect([7, 8]).toContain((months + trough) % 12);
  });

  it('does not invent a season in noise', () => {
    let seed = 7;
    const noise = Array.from({ length: 36 }, () => {
      seed = (seed * 16807) % 2147483647;
      return 100 + (seed / 2147483647) * 20;
    });
    expect(forecast({ values: noise, horizon: 6, seasonLengths: [12], level: 95 }).model).not.toMatch(/seasonally/);
  });
});
