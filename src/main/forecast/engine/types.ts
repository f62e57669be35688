// The engine's public types (re-exported from index.ts).

export interface ForecastInput {
  /** Oldest first, one per period; null = missing. */
  values: readonly (number | null)[];
  /** Steps ahead, 1..500. */
  horizon: number;
  /** E.g. [7, 365] daily, [52] weekly, [12] monthly; [] or omitted = detect among 7, 12 and 52. */
  seasonLengths?: readonly number[];
  /** Interval coverage in percent, 50..99; default 95. */
  level?: number;
  /** Zeros that are stock-outs rather than demand; treated as missing. */
  zeroIsMissing?: readonly boolean[];
  /** 'auto' (default) or a method id from `methodIds` to force it. */
  method?: string;
}

export interface BacktestResult {
  /** Index into `values` where the holdout starts. */
  start: number;
  forecast: number[];
  lower: number[];
  upper: number[];
  mase: number | null;
  smape: number | null;
  /** Seasonal naive on the same window. */
  naiveMase: number | null;
  naiveSmape: number | null;
}

export interface ForecastOutput {
  /** Machine id, e.g. 'combo', 'ets', 'tsb'. */
  method: string;
  /** What people read, e.g. "Combination of ETS(A,Ad,N), Theta and ARIMA(1,1,1)". */
  model: string;
  point: number[];
  lower: number[];
  upper: number[];
  level: number;
  backtest: BacktestResult | null;
  warnings: string[];
}
