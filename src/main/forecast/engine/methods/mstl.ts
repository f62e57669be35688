// augurs' MSTL (Bandara et al. 2021) with its AutoETS trend model, for multiple
// seasonalities. Offered as a named method for comparison; 'auto' does not pick it
// because it took ~28 ms per 3-year daily series here (our decomposition: ~5 ms).
import { ensureAugurs, MSTL } from '../augurs';

export function mstlEts(
  y: Float64Array,
  horizon: number,
  periods: readonly number[],
  level: number,
): { point: number[]; lower: number[]; upper: number[]; label: string } {
  ensureAugurs();
  const rounded = periods.map((period) => Math.round(period));
  const model = MSTL.ets(rounded);
  try {
    model.fit(y);
    const result = model.predict(horizon, level / 100);
    const point = result.point;
    return {
      point,
      lower: result.intervals?.lower ?? point,
      upper: result.intervals?.upper ?? point,
      label: `MSTL (periods ${rounded.join(' and ')}) with AutoETS trend (augurs)`,
    };
  } finally {
    model.free();
  }
}
