// Forecast combination: the equally weighted mean of several methods, which beat every
// single method in the M4 competition. The error spread is the mean of the members'
// spreads; the backtest calibration corrects it afterwards.
import type { BaseMethod } from './base';

export function combine(members: readonly BaseMethod[]): BaseMethod {
  return (y, horizon) => {
    const forecasts = members.map((method) => method(y, horizon));
    const point: number[] = [];
    const sd: number[] = [];
    for (let h = 0; h < horizon; h++) {
      point.push(forecasts.reduce((total, f) => total + (f.point[h] ?? 0), 0) / forecasts.length);
      sd.push(forecasts.reduce((total, f) => total + (f.sd[h] ?? 0), 0) / forecasts.length);
    }
    const labels = forecasts.map((f) => f.label);
    const last = labels.pop() ?? '';
    return { point, sd, label: `Combination of ${labels.length > 0 ? `${labels.join(', ')} and ${last}` : last}` };
  };
}
