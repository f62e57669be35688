// Speed of the local forecasting engine: 1,000 synthetic daily series of 3 years,
// 28 days ahead with weekly and yearly seasonality (goal: under 10 s on 2 cores).
// The main bench runner imports `benchForecastEngine`; run alone with
// `npx tsx bench/forecast-engine.ts`.
import { fileURLToPath } from 'node:url';
import { forecastMany, type ForecastInput } from '../src/main/forecast/engine/index';
import { dailyRetailSeries } from '../src/main/forecast/engine/synthetic';

export async function benchForecastEngine(): Promise<{ series: number; seconds: number }> {
  const inputs: ForecastInput[] = Array.from({ length: 1000 }, (_, i) => {
    const series = dailyRetailSeries(i + 1, 1095, 28);
    return { values: series.values, zeroIsMissing: series.zeroIsMissing, horizon: 28, seasonLengths: [7, 365] };
  });
  const started = performance.now();
  const outputs = await forecastMany(inputs);
  return { series: outputs.length, seconds: (performance.now() - started) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchForecastEngine();
  console.log(`forecast engine: ${result.series} daily series (3 years, h=28) in ${result.seconds.toFixed(2)} s`);
}
