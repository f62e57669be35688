// Scores the engine on real daily series by holding out their last 28 days, next to the
// seasonal naive (m = 7) on the same window.
import { forecast, mase, smape } from '../../src/main/forecast/engine/index';

export interface NamedSeries {
  name: string;
  values: number[];
}

const average = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

export function scoreHoldout(
  title: string,
  series: readonly NamedSeries[],
  seasonLengths: readonly number[],
  horizon = 28,
): void {
  const rows = series.map((s) => {
    const train = s.values.slice(0, -horizon);
    const test = s.values.slice(-horizon);
    const out = forecast({ values: train, horizon, seasonLengths });
    const naive = forecast({ values: train, horizon, seasonLengths: [7], method: 'seasonal-naive' });
    const inside = test.filter((y, h) => y >= (out.lower[h] ?? 0) && y <= (out.upper[h] ?? 0)).length;
    return {
      method: out.method,
      warnings: out.warnings,
      mase: mase(test, out.point, train, 7),
      smape: smape(test, out.point) ?? 0,
      naiveMase: mase(test, naive.point, train, 7),
      naiveSmape: smape(test, naive.point) ?? 0,
      coverage: inside / horizon,
    };
  });
  const scored = rows.filter((r) => r.mase !== null && r.naiveMase !== null);
  const methods = new Map<string, number>();
  for (const r of rows) methods.set(r.method, (methods.get(r.method) ?? 0) + 1);
  console.log(
    `\n${title}: ${series.length} daily series, last ${horizon} days held out, seasonLengths [${seasonLengths.join(', ')}]`,
  );
  console.log(
    `  engine auto:            MASE ${average(scored.map((r) => r.mase ?? 0)).toFixed(3)}  sMAPE ${average(rows.map((r) => r.smape)).toFixed(2)}  95% coverage ${(average(rows.map((r) => r.coverage)) * 100).toFixed(1)}%`,
  );
  console.log(
    `  seasonal naive (m = 7): MASE ${average(scored.map((r) => r.naiveMase ?? 0)).toFixed(3)}  sMAPE ${average(rows.map((r) => r.naiveSmape)).toFixed(2)}`,
  );
  console.log(`  methods chosen: ${[...methods].map(([method, n]) => `${method} x${n}`).join(', ')}`);
  const warning = rows.flatMap((r) => r.warnings).find((w) => w.startsWith('Less than two'));
  if (warning !== undefined) console.log(`  e.g. warning: "${warning}"`);
}
