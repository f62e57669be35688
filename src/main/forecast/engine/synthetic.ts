// Deterministic synthetic retail series for tests, the evaluation and the benchmark:
// the project's own generated fixtures, so nothing depends on outside data.

/** Mulberry32: a tiny seeded generator, so every run sees the same series. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draw (Box-Muller). */
export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export interface DailySeries {
  /** History with a few stock-out zeros. */
  values: number[];
  /** True where a zero is a stock-out. */
  zeroIsMissing: boolean[];
  /** The next `horizon` true values. */
  future: number[];
}

/**
 * Daily unit sales: level times a weekly pattern (weekend peak) times a yearly pattern
 * (summer lull, December peak), a gentle trend, 8% multiplicative noise and stock-outs.
 */
export function dailyRetailSeries(seed: number, days = 1095, horizon = 28): DailySeries {
  const random = seededRandom(seed);
  const level = 40 + 160 * random();
  const growth = (random() - 0.3) * 0.0006;
  const weekly = [0.85, 0.8, 0.9, 0.95, 1.1, 1.35, 1.05];
  const phase = Math.floor(random() * 7);
  const values: number[] = [];
  const zeroIsMissing: boolean[] = [];
  const future: number[] = [];
  for (let t = 0; t < days + horizon; t++) {
    const dayOfYear = t % 365.25;
    const yearly =
      1 + 0.25 * Math.cos((2 * Math.PI * (dayOfYear - 350)) / 365.25) + 0.3 * Math.exp(-(((dayOfYear - 355) / 8) ** 2));
    const mean = level * (1 + growth * t) * (weekly[(t + phase) % 7] ?? 1) * yearly;
    const value = Math.max(0, Math.round(mean * (1 + 0.08 * gaussian(random))));
    if (t >= days) {
      future.push(value);
      continue;
    }
    const stockOut = random() < 0.01;
    values.push(stockOut ? 0 : value);
    zeroIsMissing.push(stockOut);
  }
  return { values, zeroIsMissing, future };
}
