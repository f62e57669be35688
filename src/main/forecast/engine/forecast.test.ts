import { describe, expect, it } from 'vitest';
import { forecast, mase, smape } from './index';
import { gaussian, seededRandom } from './synthetic';

const seasonal = (n: number, period: number): number[] =>
  Array.from({ length: n }, (_, t) => 100 + 20 * Math.sin((2 * Math.PI * t) / period) + (t % period === 0 ? 15 : 0));

describe('forecast methods on known series', () => {
  it('repeats a pure seasonal pattern almost exactly', () => {
    const values = seasonal(84, 12);
    const future = seasonal(96, 12).slice(84);
    for (const method of ['seasonal-naive', 'ets', 'theta', 'arima', 'combo']) {
      const out = forecast({ values, horizon: 12, seasonLengths: [12], method });
      out.point.forEach((p, h) => expect(Math.abs(p - (future[h] ?? 0))).toBeLessThan(1.5));
    }
  });

  it('continues a linear trend', () => {
    const values = Array.from({ length: 60 }, (_, t) => 5 + 2 * t);
    for (const method of ['ets', 'arima']) {
      const out = forecast({ values, horizon: 10, method });
      out.point.forEach((p, h) => expect(p).toBeCloseTo(5 + 2 * (60 + h), 0));
    }
    // The combination includes Theta, so it continues the line a little less steeply.
    const combo = forecast({ values, horizon: 10, method: 'combo' });
    combo.point.forEach((p, h) => expect(Math.abs(p - (5 + 2 * (60 + h))) / (5 + 2 * (60 + h))).toBeLessThan(0.05));
    // Theta halves the long-run slope by design, but still rises.
    const theta = forecast({ values, horizon: 10, method: 'theta' });
    expect(theta.point[9]!).toBeGreaterThan(theta.point[0]!);
  });

  it('uses TSB on intermittent series and forecasts a rate', () => {
    const random = seededRandom(7);
    const values = Array.from({ length: 150 }, () => (random() < 0.25 ? 4 : 0));
    const out = forecast({ values, horizon: 8 });
    expect(out.method).toBe('tsb');
    expect(out.warnings.join(' ')).toMatch(/Mostly zeros/);
    // The rate is demand size times probability: about 4 x 0.25.
    expect(out.point[0]!).toBeGreaterThan(0.4);
    expect(out.point[0]!).toBeLessThan(2);
    expect(new Set(out.point).size).toBe(1);
    expect(Math.min(...out.lower)).toBeGreaterThanOrEqual(0);
  });

  it('combines ETS, Theta and ARIMA by default and says so', () => {
    const random = seededRandom(3);
    const values = Array.from({ length: 120 }, (_, t) => 50 + 0.2 * t + 3 * gaussian(random));
    const out = forecast({ values, horizon: 6 });
    expect(out.method).toBe('combo');
    expect(out.model).toMatch(/^Combination of ETS\(A,.*\), Theta and ARIMA\(/);
  });
});

describe('intervals', () => {
  it('widen with the horizon and cover simulated noise at about the nominal rate', () => {
    const random = seededRandom(11);
    let inside = 0;
    let total = 0;
    for (let s = 0; s < 60; s++) {
      // A random walk: errors grow like sqrt(h), which the intervals must follow.
      const path: number[] = [100];
      for (let t = 1; t < 132; t++) path.push((path[t - 1] ?? 0) + gaussian(random));
      const out = forecast({ values: path.slice(0, 120), horizon: 12, level: 90 });
      const width = out.upper.map((u, h) => u - (out.lower[h] ?? 0));
      expect(width[11]!).toBeGreaterThan(width[0]!);
      path.slice(120).forEach((y, h) => {
        total++;
        if (y >= (out.lower[h] ?? 0) && y <= (out.upper[h] ?? 0)) inside++;
      });
    }
    expect(inside / total).toBeGreaterThan(0.8);
    expect(inside / total).toBeLessThan(0.98);
  });
});

describe('data problems', () => {
  it('warns and falls back to the mean on a very short series', () => {
    const out = forecast({ values: [3, 5, 4, 6, 5], horizon: 3 });
    expect(out.method).toBe('mean');
    expect(out.warnings[0]).toMatch(/Only 5 points: too short to trust/);
    expect(out.point).toEqual([4.6, 4.6, 4.6]);
    expect(out.backtest).toBeNull();
  });

  it('interpolates nulls and treats marked stock-out zeros as missing', () => {
    const base = Array.from({ length: 40 }, (_, t) => 10 + t);
    const withGaps: (number | null)[] = base.map((v, t) => (t === 20 || t === 21 ? null : v));
    const withStockOuts = base.map((v, t) => (t === 20 || t === 21 ? 0 : v));
    const mask = base.map((_, t) => t === 20 || t === 21);
    const a = forecast({ values: withGaps, horizon: 3, method: 'ets' });
    const b = forecast({ values: withStockOuts, zeroIsMissing: mask, horizon: 3, method: 'ets' });
    expect(a.point).toEqual(b.point);
    a.point.forEach((p, h) => expect(p).toBeCloseTo(50 + h, 0));
    expect(a.warnings.join(' ')).toMatch(/2 missing or stock-out periods/);
  });

  it('ignores a seasonality with fewer than two cycles and says so', () => {
    const out = forecast({
      values: seasonal(30, 12).concat(seasonal(30, 12)).slice(0, 40),
      horizon: 4,
      seasonLengths: [52],
    });
    expect(out.warnings.join(' ')).toMatch(/Less than two full cycles of period 52/);
  });

  it('rejects an impossible horizon and an unknown method', () => {
    expect(() => forecast({ values: [1, 2, 3], horizon: 0 })).toThrow(RangeError);
    expect(() => forecast({ values: seasonal(40, 4), horizon: 2, method: 'magic' })).toThrow(/Unknown forecast method/);
  });
});

describe('backtest', () => {
  it('scores the last window with the same formulas as the evaluation', () => {
    // 50 points of a straight line then a jump: the holdout is the last min(h, n/5) = 4.
    const values = Array.from({ length: 50 }, (_, t) => (t < 46 ? t : t + 10));
    const out = forecast({ values, horizon: 4, method: 'naive' });
    const bt = out.backtest!;
    expect(bt.start).toBe(46);
    expect(bt.forecast).toEqual([45, 45, 45, 45]);
    const actual = values.slice(46);
    const train = values.slice(0, 46);
    // By hand: errors 11..14, mean 12.5, one-step scale 1.
    expect(bt.mase).toBeCloseTo(12.5, 12);
    expect(bt.mase).toBeCloseTo(mase(actual, bt.forecast, train)!, 12);
    expect(bt.smape).toBeCloseTo(smape(actual, bt.forecast)!, 12);
    expect(bt.naiveMase).toBeCloseTo(12.5, 12);
  });
});
