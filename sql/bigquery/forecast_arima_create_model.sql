-- Train one ARIMA_PLUS pipeline per series (time_series_id_col) in the workspace dataset.
-- BigQuery ML bills this statement by the bytes its training query (forecast_series.sql)
-- processes. The model path (PROJECT.DATASET.MODEL) is validated part by part.
CREATE OR REPLACE MODEL `%%model%%`
OPTIONS (
  model_type = 'ARIMA_PLUS',
  time_series_timestamp_col = 'ds',
  time_series_data_col = 'y',
  time_series_id_col = 'id',
  horizon = %%horizon%%
) AS
%%series%%
