import { describe, expect, it } from 'vitest';
import { forecast, forecastMany, mase } from './index';
import { dailyRetailSeries } from './synthetic';

describe('daily retail series with weekly and yearly seasonality', () => {
  it('models both seasons and beats the seasonal naive', () => {
    let engine = 0;
    let naive = 0;
    for (let seed = 1; seed <= 5; seed++) {
      const series = dailyRetailSeries(seed);
      const input = {
        values: series.values,
        zeroIsMissing: series.zeroIsMissing,
        horizon: 28,
        seasonLengths: [7, 365.25],
      };
      const out = forecast(input);
      expect(out.method).toBe('ets-theta');
      expect(out.model).toMatch(/period 7 and 365\.25/);
      expect(out.warnings.join(' ')).toMatch(/stock-out/);
      engine += mase(series.future, out.point, series.values, 7)!;
      naive += mase(series.future, forecast({ ...input, method: 'seasonal-naive' }).point, series.values, 7)!;
    }
    expect(engine).toBeLessThan(0.6 * naive);
  });

  it('forecasts 0 on a weekday the shop is always closed', () => {
    const series = dailyRetailSeries(8, 400);
    const values = series.values.map((v, t) => (t % 7 === 5 ? 0 : v));
    const out = forecast({ values, horizon: 14, seasonLengths: [7] });
    for (let h = 0; h < 14; h++) {
      if ((400 + h) % 7 === 5) {
        expect([out.point[h], out.lower[h], out.upper[h]]).toEqual([0, 0, 0]);
      } else {
        expect(out.point[h]!).toBeGreaterThan(10);
      }
    }
    expect(out.warnings.join(' ')).toMatch(/as if closed/);
  });

  it('runs augurs MSTL as a named method', () => {
    const series = dailyRetailSeries(42);
    const out = forecast({ values: series.values, horizon: 28, seasonLengths: [7, 365], method: 'mstl-ets' });
    expect(out.model).toMatch(/MSTL/);
    expect(out.point).toHaveLength(28);
    out.point.forEach((p, h) => {
      expect(out.lower[h]!).toBeLessThanOrEqual(p);
      expect(out.upper[h]!).toBeGreaterThanOrEqual(p);
    });
  });

  it('forecastMany returns the same forecasts in order, with progress', async () => {
    const inputs = Array.from({ length: 120 }, (_, i) => ({
      values: dailyRetailSeries(i + 1, 400).values,
      horizon: 7,
      seasonLengths: [7],
    }));
    const progress: number[] = [];
    const outputs = await forecastMany(inputs, { onProgress: (done) => progress.push(done) });
    expect(outputs).toHaveLength(120);
    expect(progress.at(-1)).toBe(120);
    expect(outputs[17]!.point).toEqual(forecast(inputs[17]!).point);
  });

  it('forecastMany stops when cancelled', async () => {
    const inputs = Array.from({ length: 120 }, (_, i) => ({
      values: dailyRetailSeries(i + 1, 200).values,
      horizon: 7,
    }));
    const controller = new AbortController();
    const run = forecastMany(inputs, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 25) controller.abort(new Error('cancelled by test'));
      },
    });
    await expect(run).rejects.toThrow('cancelled by test');
  });
});
