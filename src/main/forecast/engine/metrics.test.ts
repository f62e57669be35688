import { describe, expect, it } from 'vitest';
import { coverage, mase, maseScale, msis, smape } from './metrics';

describe('M4 accuracy measures', () => {
  it('computes MASE as mean absolute error over the mean absolute one-step difference', () => {
    const train = [10, 12, 11, 15];
    // Scale: (|12-10| + |11-12| + |15-11|) / 3 = 7/3.
    expect(maseScale(train)).toBeCloseTo(7 / 3, 12);
    // Errors 1 and 3: mean 2, divided by 7/3.
    expect(mase([16, 18], [15, 15], train)).toBeCloseTo(2 / (7 / 3), 12);
  });

  it('scales seasonal MASE by the m-step in-sample differences', () => {
    expect(maseScale([1, 2, 3, 5, 6, 9], 2)).toBeCloseTo((2 + 3 + 3 + 4) / 4, 12);
  });

  it('computes sMAPE as 200/h times the sum of |y - f| / (|y| + |f|)', () => {
    expect(smape([100, 50], [110, 40])).toBeCloseTo((200 / 2) * (10 / 210 + 10 / 90), 12);
    expect(smape([0], [0])).toBe(0);
  });

  it('returns null when the scale is zero', () => {
    expect(mase([1], [1], [5, 5, 5])).toBeNull();
  });

  it('computes MSIS with the 2/alpha penalty outside the interval', () => {
    const train = [0, 1, 2, 3]; // scale 1
    // Width 2 each; second actual 1 above the upper bound: penalty 2/0.05 * 1 = 40.
    expect(msis([1, 4], [0, 1], [2, 3], train, 95)).toBeCloseTo((2 + 2 + 40) / 2, 12);
    expect(coverage([1, 4], [0, 1], [2, 3])).toBe(0.5);
  });
});
