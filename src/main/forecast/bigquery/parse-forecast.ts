/**
 * Forecast rows as BigQuery returns them (AI.FORECAST or ML.FORECAST, one row per series and
 * step) into the local engine's shape: per series, `{ds, point, lower, upper}` in date order.
 */
import { z } from 'zod';
import { AisleError } from '../../core/aisle-error';

export interface BigQueryForecastPoint {
  /** YYYY-MM-DD (the day of BigQuery's forecast_timestamp, UTC). */
  ds: string;
  point: number;
  lower: number;
  upper: number;
}

export interface BigQueryForecastSeries {
  id: string;
  forecast: BigQueryForecastPoint[];
  /** The forecast of the last `horizon` periods from the history before them; null when no backtest was asked. */
  backtest: BigQueryForecastPoint[] | null;
}

const number = z.union([z.number(), z.string().regex(/^-?\d/).transform(Number)]);

const ForecastRow = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  forecast_timestamp: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'forecast_timestamp is not a timestamp'),
  forecast_value: number.nullable(),
  prediction_interval_lower_bound: number.nullable(),
  prediction_interval_upper_bound: number.nullable(),
  ai_forecast_status: z.string().nullable().optional(),
});

export interface ParsedRows {
  points: Map<string, BigQueryForecastPoint[]>;
  /** Series BigQuery could not forecast, with its reason (AI.FORECAST's ai_forecast_status). */
  failed: Map<string, string>;
}

/** Rows into points per series id, in date order. A row with a status or without a value is a failed series. */
export const parseForecastRows = (rows: Record<string, unknown>[]): ParsedRows => {
  const points = new Map<string, BigQueryForecastPoint[]>();
  const failed = new Map<string, string>();
  for (const raw of rows) {
    const row = ForecastRow.parse(raw);
    const status = row.ai_forecast_status?.trim() ?? '';
    if (
      status !== '' ||
      row.forecast_value === null ||
      row.prediction_interval_lower_bound === null ||
      row.prediction_interval_upper_bound === null
    ) {
      failed.set(row.id, status || 'no forecast value');
      continue;
    }
    const list = points.get(row.id) ?? [];
    list.push({
      ds: row.forecast_timestamp.slice(0, 10),
      point: row.forecast_value,
      lower: row.prediction_interval_lower_bound,
      upper: row.prediction_interval_upper_bound,
    });
    points.set(row.id, list);
  }
  for (const list of points.values()) list.sort((a, b) => (a.ds < b.ds ? -1 : a.ds > b.ds ? 1 : 0));
  for (const id of points.keys()) failed.delete(id);
  return { points, failed };
};

/** The forecast (and backtest) points as series, sorted by id; refuses an answer where every series failed. */
export const toSeries = (
  forecast: ParsedRows,
  backtest: ParsedRows | null,
  engineLabel: string,
): BigQueryForecastSeries[] => {
  if (forecast.points.size === 0 && forecast.failed.size > 0) {
    const [id, reason] = [...forecast.failed.entries()][0] ?? ['', ''];
    throw new AisleError(
      'invalid_input',
      `${engineLabel} could not forecast any series (series "${id}": ${reason}). Check that each series has enough history at a regular interval.`,
    );
  }
  return [...forecast.points.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((id) => ({
      id,
      forecast: forecast.points.get(id) ?? [],
      backtest: backtest === null ? null : (backtest.points.get(id) ?? []),
    }));
};
