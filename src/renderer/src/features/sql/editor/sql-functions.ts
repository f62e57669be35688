/** Functions the editor completes and documents, per dialect; BigQuery's AI functions in full. */
export interface SqlFunctionDoc {
  name: string;
  signature: string;
  doc: string;
  dialects: ReadonlyArray<'duckdb' | 'bigquery'>;
}

const both = ['duckdb', 'bigquery'] as const;
const bq = ['bigquery'] as const;
const duck = ['duckdb'] as const;

export const sqlFunctions: readonly SqlFunctionDoc[] = [
  {
    name: 'COUNT',
    signature: 'COUNT(expression) / COUNT(*)',
    doc: 'Number of rows, or of non-NULL values.',
    dialects: both,
  },
  { name: 'SUM', signature: 'SUM(expression)', doc: 'Sum of the non-NULL values.', dialects: both },
  { name: 'AVG', signature: 'AVG(expression)', doc: 'Average of the non-NULL values.', dialects: both },
  { name: 'MIN', signature: 'MIN(expression)', doc: 'Smallest value.', dialects: both },
  { name: 'MAX', signature: 'MAX(expression)', doc: 'Largest value.', dialects: both },
  {
    name: 'ROUND',
    signature: 'ROUND(number, digits)',
    doc: 'Rounds to the given number of decimal places.',
    dialects: both,
  },
  { name: 'COALESCE', signature: 'COALESCE(value, …)', doc: 'The first value that is not NULL.', dialects: both },
  {
    name: 'NULLIF',
    signature: 'NULLIF(value, other)',
    doc: 'NULL when the two are equal, else the first; guards divisions.',
    dialects: both,
  },
  {
    name: 'DATE_TRUNC',
    signature: "date_trunc('month', timestamp) · DATE_TRUNC(date, MONTH)",
    doc: 'Start of the day, week, month, quarter or year holding the value.',
    dialects: both,
  },
  {
    name: 'EXTRACT',
    signature: 'EXTRACT(part FROM value)',
    doc: 'A part of a date or time: YEAR, MONTH, DAY, DAYOFWEEK, …',
    dialects: both,
  },
  {
    name: 'STRFTIME',
    signature: "strftime(timestamp, '%Y-%m')",
    doc: 'Formats a date or time as text.',
    dialects: duck,
  },
  { name: 'FORMAT_DATE', signature: "FORMAT_DATE('%Y-%m', date)", doc: 'Formats a date as text.', dialects: bq },
  { name: 'SAFE_DIVIDE', signature: 'SAFE_DIVIDE(x, y)', doc: 'x / y, or NULL when y is 0.', dialects: bq },
  {
    name: 'APPROX_COUNT_DISTINCT',
    signature: 'APPROX_COUNT_DISTINCT(expression)',
    doc: 'Approximate number of distinct values; much cheaper on big tables.',
    dialects: both,
  },
  {
    name: 'STRING_AGG',
    signature: "STRING_AGG(expression, ', ')",
    doc: 'Joins values into one string.',
    dialects: both,
  },
  {
    name: 'QUANTILE_CONT',
    signature: 'quantile_cont(expression, 0.5)',
    doc: 'Interpolated quantile (0.5 = median).',
    dialects: duck,
  },
  {
    name: 'ARG_MAX',
    signature: 'arg_max(value, by)',
    doc: 'The value on the row where `by` is largest.',
    dialects: duck,
  },
  {
    name: 'AI.GENERATE',
    signature:
      "AI.GENERATE(prompt, connection_id => 'project.region.connection', endpoint => 'gemini-2.5-flash' [, output_schema => 'field TYPE, …'])",
    doc: 'Generates text (or a STRUCT with output_schema) from a prompt per row with a Gemini model. Returns result, full_response and status. Billed per token.',
    dialects: bq,
  },
  {
    name: 'AI.GENERATE_TABLE',
    signature:
      "AI.GENERATE_TABLE(MODEL `project.dataset.model`, (SELECT prompt …), STRUCT('col TYPE, …' AS output_schema))",
    doc: 'Generates structured rows from a remote Gemini model; the output columns follow output_schema.',
    dialects: bq,
  },
  {
    name: 'AI.GENERATE_BOOL',
    signature: 'AI.GENERATE_BOOL(prompt [, connection_id, endpoint])',
    doc: 'Asks a yes/no question per row; returns a BOOL result.',
    dialects: bq,
  },
  {
    name: 'AI.GENERATE_INT',
    signature: 'AI.GENERATE_INT(prompt [, connection_id, endpoint])',
    doc: 'Asks for a whole number per row; returns an INT64 result.',
    dialects: bq,
  },
  {
    name: 'AI.GENERATE_DOUBLE',
    signature: 'AI.GENERATE_DOUBLE(prompt [, connection_id, endpoint])',
    doc: 'Asks for a number per row; returns a FLOAT64 result (e.g. a sentiment score).',
    dialects: bq,
  },
  {
    name: 'AI.IF',
    signature: 'AI.IF(prompt [, connection_id])',
    doc: 'Filters rows with a natural-language condition, in WHERE or JOIN ON; returns BOOL.',
    dialects: bq,
  },
  {
    name: 'AI.SCORE',
    signature: 'AI.SCORE(prompt [, connection_id])',
    doc: 'Scores each row against a natural-language criterion, for ORDER BY; returns FLOAT64.',
    dialects: bq,
  },
  {
    name: 'AI.CLASSIFY',
    signature: "AI.CLASSIFY(input, categories => ['a', 'b', …] [, connection_id])",
    doc: 'Puts each row into one of the given categories; returns STRING.',
    dialects: bq,
  },
  {
    name: 'AI.FORECAST',
    signature:
      "AI.FORECAST(TABLE t, data_col => 'y', timestamp_col => 'ds' [, id_cols => ['id'], horizon => 10, confidence_level => 0.95])",
    doc: 'Forecasts time series with the TimesFM foundation model; no training needed. Returns forecast_value and the prediction interval.',
    dialects: bq,
  },
  {
    name: 'AI.DETECT_ANOMALIES',
    signature:
      "AI.DETECT_ANOMALIES(TABLE history, TABLE target, data_col => 'y', timestamp_col => 'ds' [, id_cols, anomaly_prob_threshold => 0.95])",
    doc: 'Flags anomalies in the target rows against the history, using TimesFM.',
    dialects: bq,
  },
  {
    name: 'AI.GENERATE_EMBEDDING',
    signature: 'AI.GENERATE_EMBEDDING(MODEL `project.dataset.embedding_model`, (SELECT content …))',
    doc: 'Computes an embedding vector per row (text, or images through ObjectRef), for VECTOR_SEARCH.',
    dialects: bq,
  },
  {
    name: 'VECTOR_SEARCH',
    signature:
      "VECTOR_SEARCH(TABLE base, 'embedding', (SELECT embedding …), top_k => 10 [, distance_type => 'COSINE'])",
    doc: 'Finds the nearest rows by embedding: semantic search over reviews or products.',
    dialects: bq,
  },
  {
    name: 'OBJ.MAKE_REF',
    signature: "OBJ.MAKE_REF('gs://bucket/path.jpg', 'project.region.connection')",
    doc: 'An ObjectRef to a Cloud Storage object, for multimodal AI functions.',
    dialects: bq,
  },
  {
    name: 'OBJ.GET_ACCESS_URL',
    signature: "OBJ.GET_ACCESS_URL(object_ref, 'r')",
    doc: 'A signed URL to read (or write) the object behind an ObjectRef.',
    dialects: bq,
  },
  {
    name: 'ML.FORECAST',
    signature: 'ML.FORECAST(MODEL `project.dataset.arima_model`, STRUCT(30 AS horizon, 0.9 AS confidence_level))',
    doc: 'Forecasts with a trained ARIMA_PLUS model; returns forecast_value and interval bounds.',
    dialects: bq,
  },
];

export const sqlKeywords = [
  'SELECT',
  'FROM',
  'WHERE',
  'GROUP BY',
  'ORDER BY',
  'HAVING',
  'LIMIT',
  'JOIN',
  'LEFT JOIN',
  'INNER JOIN',
  'ON',
  'AS',
  'AND',
  'OR',
  'NOT',
  'IN',
  'IS NULL',
  'IS NOT NULL',
  'BETWEEN',
  'LIKE',
  'ILIKE',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'DISTINCT',
  'WITH',
  'UNION ALL',
  'OVER',
  'PARTITION BY',
  'QUALIFY',
  'FILTER',
  'DESC',
  'ASC',
  'CAST',
  'INTERVAL',
  'DATE',
  'TIMESTAMP',
] as const;
