-- Forecast every series of a history with BigQuery's built-in TimesFM model (AI.FORECAST).
-- One call covers all series: id_cols => ['id'] makes one forecast per id. The series are
-- forecast_series.sql; the horizon and the confidence level are validated numbers, inlined
-- as literals.
SELECT
  id,
  forecast_timestamp,
  forecast_value,
  prediction_interval_lower_bound,
  prediction_interval_upper_bound,
  ai_forecast_status
FROM
  AI.FORECAST(
    (
%%series%%
    ),
    data_col => 'y',
    timestamp_col => 'ds',
    model => 'TimesFM 2.5',
    id_cols => ['id'],
    horizon => %%horizon%%,
    confidence_level => %%confidence_level%%
  )
ORDER BY id, forecast_timestamp
