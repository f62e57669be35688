/** The SQL dialects Aisle speaks: DuckDB locally, GoogleSQL on BigQuery. */
export type SqlDialect = 'duckdb' | 'bigquery';
