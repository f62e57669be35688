// The standard Theta method (Assimakopoulos & Nikolopoulos 2000) in Hyndman & Billah's
// form: simple exponential smoothing plus half the slope of a linear trend fitted to the
// whole series. Seasonality is removed before this runs.
import { linearFit } from '../numeric';
import { fitEts } from './ets';
import { stepSds, type BaseForecast } from './base';

export function theta(y: Float64Array, horizon: number): BaseForecast {
  const ses = fitEts(y, 'none');
  const { slope } = linearFit(y);
  const alpha = Math.max(ses.alpha, 1e-3);
  const n = y.length;
  const point: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    const drift = (slope / 2) * (h - 1 + 1 / alpha - (1 - alpha) ** n / alpha);
    point.push(ses.level + drift);
  }
  const sigma = Math.sqrt(ses.sse / Math.max(1, ses.n - 2));
  return { point, sd: stepSds(sigma, horizon, () => alpha), label: 'Theta' };
}
