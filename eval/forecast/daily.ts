// Synthetic daily retail series (3 years, weekly and yearly seasonality, trend, noise,
// stock-out zeros): forecast 28 days and compare with the seasonal naive (m = 7).
import { forecast, mase, smape } from '../../src/main/forecast/engine/index';
import { dailyRetailSeries } from '../../src/main/forecast/engine/synthetic';

const average = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

export function runDailyEval(count = 100, method = 'auto'): void {
  const horizon = 28;
  const rows: { method: string; mase: number; smape: number; naiveMase: number; naiveSmape: number }[] = [];
  const started = performance.now();
  const models = new Map<string, number>();
  for (let seed = 1; seed <= count; seed++) {
    const series = dailyRetailSeries(seed, 1095, horizon);
    const out = forecast({
      values: series.values,
      zeroIsMissing: series.zeroIsMissing,
      horizon,
      seasonLengths: [7, 365],
      method,
    });
    const naive = forecast({
      values: series.values,
      zeroIsMissing: series.zeroIsMissing,
      horizon,
      seasonLengths: [7],
      method: 'seasonal-naive',
    });
    models.set(out.method, (models.get(out.method) ?? 0) + 1);
    rows.push({
      method: out.method,
      mase: mase(series.future, out.point, series.values, 7) ?? 0,
      smape: smape(series.future, out.point) ?? 0,
      naiveMase: mase(series.future, naive.point, series.values, 7) ?? 0,
      naiveSmape: smape(series.future, naive.point) ?? 0,
    });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nSynthetic daily retail: ${count} series of 3 years, horizon 28, seasonLengths [7, 365] (MASE scaled by the m=7 in-sample seasonal naive)`,
  );
  console.log(
    `  engine ${method.padEnd(10)}:          MASE ${average(rows.map((r) => r.mase)).toFixed(3)}  sMAPE ${average(rows.map((r) => r.smape)).toFixed(2)}`,
  );
  console.log(
    `  seasonal naive (m = 7): MASE ${average(rows.map((r) => r.naiveMase)).toFixed(3)}  sMAPE ${average(rows.map((r) => r.naiveSmape)).toFixed(2)}`,
  );
  console.log(`  methods chosen: ${[...models].map(([model, n]) => `${model} x${n}`).join('; ')}`);
  console.log(`  ${seconds.toFixed(1)} s`);
}
