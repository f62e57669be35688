-- The forecasts of the ARIMA_PLUS model forecast_arima_create_model.sql trained, per series.
SELECT
  id,
  forecast_timestamp,
  forecast_value,
  prediction_interval_lower_bound,
  prediction_interval_upper_bound
FROM
  ML.FORECAST(
    MODEL `%%model%%`,
    STRUCT(%%horizon%% AS horizon, %%confidence_level%% AS confidence_level)
  )
ORDER BY id, forecast_timestamp
