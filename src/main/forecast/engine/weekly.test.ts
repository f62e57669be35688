import { describe, expect, it } from 'vitest';
import { forecast } from './index';
import { gaussian, seededRandom } from './synthetic';

// Four years of weekly sales with a yearly (52.18-week) pattern and noise.
const weekly = (weeks: number, seed: number): number[] => {
  const random = seededRandom(seed);
  return Array.from(
    { length: weeks },
    (_, t) => 200 * (1 + 0.3 * Math.sin((2 * Math.PI * t) / (365.25 / 7))) * (1 + 0.03 * gaussian(random)),
  );
};

describe('weekly series with a yearly season', () => {
  it('models 52 as a year of weeks and follows a strong yearly pattern', () => {
    const values = weekly(208, 5);
    const out = forecast({ values, horizon: 13, seasonLengths: [52] });
    expect(out.method).toBe('combo');
    expect(out.model).toMatch(/seasonally adjusted \(period 52\.18\)$/);
    // The yearly pattern continues.
    const truth = Array.from(
      { length: 13 },
      (_, h) => 200 * (1 + 0.3 * Math.sin((2 * Math.PI * (208 + h)) / (365.25 / 7))),
    );
    out.point.forEach((p, h) => expect(Math.abs(p - truth[h]!) / truth[h]!).toBeLessThan(0.06));
    // Scaled by the in-sample one-step naive error, which the seasonal swings inflate.
    expect(out.backtest!.mase!).toBeLessThan(1);
  });

  it('hedges a weak yearly pattern with an ETS of the unadjusted data', () => {
    const random = seededRandom(21);
    let level = 100;
    const values = Array.from({ length: 208 }, (_, t) => {
      level += 3 * gaussian(random);
      return level * (1 + 0.03 * Math.sin((2 * Math.PI * t) / (365.25 / 7)));
    });
    const out = forecast({ values, horizon: 13, seasonLengths: [52] });
    expect(out.model).toMatch(/, with ETS\(A,.*\) on the unadjusted data$/);
  });

  it('gives a seasonal forecast a lower backtest error than the seasonal naive on noisy data', () => {
    const out = forecast({ values: weekly(260, 9), horizon: 13, seasonLengths: [52], method: 'ets' });
    expect(out.backtest!.mase!).toBeLessThan(out.backtest!.naiveMase!);
  });
});
