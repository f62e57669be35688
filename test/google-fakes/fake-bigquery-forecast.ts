/**
 * BigQuery's forecasting for the fake BigQuery (used by fake-bigquery-ai.ts, before the
 * GoogleSQL -> DuckDB translation). BigQuery cannot run TimesFM or auto.ARIMA here, so the
 * calls become deterministic DuckDB with the documented output columns:
 *
 * - `AI.FORECAST({TABLE t | (query)}, data_col => 'y', timestamp_col => 'ds', [model => '…'],
 *   [id_cols => ['id', …]], [horizon => h], [confidence_level => c])` -> the id columns,
 *   `forecast_timestamp`, `forecast_value`, `confidence_level`, `prediction_interval_lower_bound`,
 *   `prediction_interval_upper_bound`, `ai_forecast_status` ('' when the series forecast).
 * - `CREATE [OR REPLACE] MODEL m OPTIONS (model_type = 'ARIMA_PLUS', time_series_timestamp_col = …,
 *   time_series_data_col = …, time_series_id_col = … , horizon = …) AS SELECT …` -> a table
 *   `__model__<name>` holding the training rows (so a model never created is "not found").
 * - `ML.FORECAST(MODEL m, STRUCT(h AS horizon, c AS confidence_level))` -> the id columns,
 *   `forecast_timestamp`, `forecast_value`, `standard_error`, `confidence_level`, the prediction
 *   and confidence interval bounds.
 * - `DROP MODEL [IF EXISTS] m` -> drops that table.
 *
 * The forecast per series is its last value plus its linear trend (least squares over time),
 * one step being the series' mean spacing; the interval is ± z·sd·√step, with sd the standard
 * deviation of the series' period-to-period changes and z the normal quantile of the level.
 */

export interface ForecastCallArguments {
  positional: string[];
  named: Map<string, string>;
}

/** The scanner of fake-bigquery-ai.ts, handed in so the two files do not import each other. */
export interface ForecastScanner {
  /** For `(` at `open`: the index of its `)` and the top-level argument texts. */
  callAt(sql: string, open: number): { close: number; args: string[] };
  /** The value of a simple GoogleSQL string literal. */
  literalValue(text: string): string;
}

export interface FakeArimaModel {
  /** `project.dataset.name` as written (without backticks). */
  path: string;
  idCols: string[];
  timestampCol: string;
  dataCol: string;
  horizon: number;
}

export interface FakeBigQueryForecast {
  /** ARIMA_PLUS models created (and not dropped), by lower-cased path. Dry runs register them too. */
  readonly models: ReadonlyMap<string, FakeArimaModel>;
  /** CREATE MODEL … ARIMA_PLUS … AS SELECT and DROP MODEL as DuckDB statements; null for any other SQL. */
  rewriteStatement(sql: string, rewriteCalls: (sql: string) => string): string | null;
  aiForecast(args: ForecastCallArguments): string;
  mlForecast(args: ForecastCallArguments): string;
  reset(): void;
}

/** Abramowitz & Stegun 7.1.26 (error below 1.5e-7), enough for a fake's interval. */
const erf = (x: number): number => {
  const sign = x < 0 ? -1 : 1;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return sign * y;
};

/** The standard normal quantile of `p`, by bisection. */
export const normalQuantile = (p: number): number => {
  let low = -10;
  let high = 10;
  for (let step = 0; step < 80; step += 1) {
    const middle = (low + high) / 2;
    if ((1 + erf(middle / Math.SQRT2)) / 2 < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
};

const ident = (name: string): string => `\`${name.replaceAll('`', '')}\``;

const stringList = (text: string): string[] =>
  [...text.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2] ?? '');

const numberOr = (text: string | undefined, fallback: number): number => {
  const value = Number(text?.trim());
  return text === undefined || Number.isNaN(value) ? fallback : value;
};

/** `MODEL x.y.z` / `` `x.y.z` `` -> the path and the table standing for the model. */
const modelOf = (text: string): { path: string; table: string } => {
  const path = text
    .trim()
    .replace(/^MODEL\s+/i, '')
    .replaceAll('`', '');
  const parts = path.split('.');
  const name = parts.pop() ?? 'model';
  return { path, table: `\`${[...parts, `__model__${name}`].join('.')}\`` };
};

interface ForecastQuery {
  /** Something to put after FROM. */
  source: string;
  idCols: string[];
  timestampCol: string;
  dataCol: string;
  horizon: string;
  level: number;
  columns: 'ai' | 'ml';
}

const forecastQuery = (query: ForecastQuery): string => {
  const ids = query.idCols.map(ident);
  const idList = ids.length > 0 ? `${ids.join(', ')}, ` : '';
  const partition = ids.length > 0 ? `PARTITION BY ${ids.join(', ')} ` : '';
  const groupBy = ids.length > 0 ? `GROUP BY ${ids.join(', ')}` : '';
  const orderBy = ids.length > 0 ? `${ids.join(', ')}, forecast_timestamp` : 'forecast_timestamp';
  const z = normalQuantile((1 + query.level) / 2);
  const point = `(__fc_stats.__last_y + __fc_stats.__slope * __fc_stats.__step * __fc_h.i)`;
  const error = `(__fc_stats.__sd * sqrt(__fc_h.i))`;
  const lower = `${point} - ${z} * ${error}`;
  const upper = `${point} + ${z} * ${error}`;
  const level = `CAST(${query.level} AS DOUBLE)`;
  const columns =
    query.columns === 'ai'
      ? `${level} AS confidence_level, ${lower} AS prediction_interval_lower_bound, ${upper} AS prediction_interval_upper_bound, '' AS ai_forecast_status`
      : `${error} AS standard_error, ${level} AS confidence_level, ${lower} AS prediction_interval_lower_bound, ${upper} AS prediction_interval_upper_bound, ${lower} AS confidence_interval_lower_bound, ${upper} AS confidence_interval_upper_bound`;
  return `(WITH __fc_src AS (
  SELECT ${idList}CAST(${ident(query.timestampCol)} AS TIMESTAMP) AS __ts, CAST(${ident(query.dataCol)} AS DOUBLE) AS __y,
    CAST(${ident(query.dataCol)} AS DOUBLE) - lag(CAST(${ident(query.dataCol)} AS DOUBLE)) OVER (${partition}ORDER BY CAST(${ident(query.timestampCol)} AS TIMESTAMP)) AS __dy
  FROM ${query.source} AS __fc_input
), __fc_stats AS (
  SELECT ${idList}max(__ts) AS __last_ts, arg_max(__y, __ts) AS __last_y,
    coalesce(regr_slope(__y, epoch(__ts)), 0) AS __slope,
    coalesce(stddev_samp(__dy), 0) AS __sd,
    CASE WHEN count(*) > 1 THEN (epoch(max(__ts)) - epoch(min(__ts))) / (count(*) - 1) ELSE 86400 END AS __step
  FROM __fc_src ${groupBy}
)
SELECT ${ids.map((id) => `__fc_stats.${id}`).join(', ')}${ids.length > 0 ? ', ' : ''}__fc_stats.__last_ts + to_microseconds(CAST(round(__fc_h.i * __fc_stats.__step * 1000000) AS BIGINT)) AS forecast_timestamp,
  ${point} AS forecast_value, ${columns}
FROM __fc_stats, range(1, CAST(${query.horizon} AS BIGINT) + 1) AS __fc_h(i)
ORDER BY ${orderBy})`;
};

const CREATE_ARIMA =
  /^\s*CREATE\s+(OR\s+REPLACE\s+)?MODEL\s+(IF\s+NOT\s+EXISTS\s+)?(`[^`]+`|[\w.-]+)\s+OPTIONS\s*(?=\()/i;
const DROP_MODEL = /^\s*DROP\s+MODEL\s+(IF\s+EXISTS\s+)?(`[^`]+`|[\w.-]+)\s*;?\s*$/i;

const withoutLeadingComments = (sql: string): string => sql.replace(/^(\s*--[^\n]*\n)+/, '');

export const createFakeBigQueryForecast = (scanner: ForecastScanner): FakeBigQueryForecast => {
  const models = new Map<string, FakeArimaModel>();
  const text = (args: ForecastCallArguments, name: string): string | undefined => {
    const value = args.named.get(name);
    return value === undefined ? undefined : scanner.literalValue(value);
  };

  const createModel = (sql: string, rewriteCalls: (sql: string) => string): string | null => {
    const match = CREATE_ARIMA.exec(sql);
    if (!match?.[3]) return null;
    const open = match[0].length;
    const { close, args } = scanner.callAt(sql, open);
    const options = new Map<string, string>();
    for (const arg of args) {
      const option = /^\s*([A-Za-z_]+)\s*=\s*([^]*?)\s*$/.exec(arg);
      if (option?.[1] && option[2] !== undefined) options.set(option[1].toLowerCase(), option[2]);
    }
    if (scanner.literalValue(options.get('model_type') ?? "''").toUpperCase() !== 'ARIMA_PLUS') return null;
    const body = /^\s*AS\s+([^]*?)\s*;?\s*$/i.exec(sql.slice(close + 1));
    if (!body?.[1]) return null;
    const { path, table } = modelOf(match[3]);
    const idText = options.get('time_series_id_col');
    models.set(path.toLowerCase(), {
      path,
      idCols: idText === undefined ? [] : stringList(idText),
      timestampCol: scanner.literalValue(options.get('time_series_timestamp_col') ?? "'ds'"),
      dataCol: scanner.literalValue(options.get('time_series_data_col') ?? "'y'"),
      horizon: numberOr(options.get('horizon'), 1000),
    });
    const create = match[2] ? 'CREATE TABLE IF NOT EXISTS' : 'CREATE OR REPLACE TABLE';
    return `${create} ${table} AS SELECT * FROM (${rewriteCalls(body[1])}) AS __training`;
  };

  return {
    models,
    rewriteStatement: (sql, rewriteCalls) => {
      const statement = withoutLeadingComments(sql);
      const drop = DROP_MODEL.exec(statement);
      if (drop?.[2]) {
        const { path, table } = modelOf(drop[2]);
        models.delete(path.toLowerCase());
        return `DROP TABLE ${drop[1] ? 'IF EXISTS ' : ''}${table}`;
      }
      return createModel(statement, rewriteCalls);
    },
    aiForecast: (args) => {
      const [input = '(SELECT 1)'] = args.positional;
      const trimmed = input.trim();
      const source = /^TABLE\s+/i.test(trimmed) ? trimmed.replace(/^TABLE\s+/i, '') : trimmed;
      const idCols = args.named.get('id_cols');
      return forecastQuery({
        source,
        idCols: idCols === undefined ? [] : stringList(idCols),
        timestampCol: text(args, 'timestamp_col') ?? 'timestamp',
        dataCol: text(args, 'data_col') ?? 'value',
        horizon: args.named.get('horizon')?.trim() ?? '10',
        level: numberOr(args.named.get('confidence_level'), 0.95),
        columns: 'ai',
      });
    },
    mlForecast: (args) => {
      const [modelText = '', settings = ''] = args.positional;
      const { path, table } = modelOf(modelText);
      const model = models.get(path.toLowerCase());
      const horizon = /(\S+)\s+AS\s+horizon\b/i.exec(settings)?.[1] ?? '3';
      const level = /(\S+)\s+AS\s+confidence_level\b/i.exec(settings)?.[1];
      return forecastQuery({
        source: table,
        idCols: model?.idCols ?? [],
        timestampCol: model?.timestampCol ?? 'ds',
        dataCol: model?.dataCol ?? 'y',
        horizon: horizon.replace(/^STRUCT\s*\(/i, ''),
        level: numberOr(level, 0.95),
        columns: 'ml',
      });
    },
    reset: () => models.clear(),
  };
};
