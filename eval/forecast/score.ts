// Scores one method on a set of series with the M4 measures (MASE scaled with m = 1).
import { coverage, forecast, mase, msis, smape, type ForecastInput } from '../../src/main/forecast/engine/index';

export interface ScoredSeries {
  train: number[];
  test: number[];
}

export interface MethodScore {
  method: string;
  mase: number;
  smape: number;
  msis: number;
  coverage: number;
  seconds: number;
}

const average = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

export function scoreMethod(
  method: string,
  series: readonly ScoredSeries[],
  options: { seasonLengths: readonly number[]; level?: number },
): MethodScore {
  const level = options.level ?? 95;
  const started = performance.now();
  const rows = series.map((s) => {
    const input: ForecastInput = {
      values: s.train,
      horizon: s.test.length,
      seasonLengths: options.seasonLengths,
      level,
      method,
    };
    const out = forecast(input);
    return {
      mase: mase(s.test, out.point, s.train) ?? 0,
      smape: smape(s.test, out.point) ?? 0,
      msis: msis(s.test, out.lower, out.upper, s.train, level) ?? 0,
      coverage: coverage(s.test, out.lower, out.upper),
    };
  });
  return {
    method,
    mase: average(rows.map((r) => r.mase)),
    smape: average(rows.map((r) => r.smape)),
    msis: average(rows.map((r) => r.msis)),
    coverage: average(rows.map((r) => r.coverage)),
    seconds: (performance.now() - started) / 1000,
  };
}
