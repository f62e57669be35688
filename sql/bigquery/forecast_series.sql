-- The caller's history (a read-only SELECT returning id, ds and y, checked to be a single
-- SELECT/WITH statement before it is inlined) in the types the forecasting functions take.
SELECT
  CAST(id AS STRING) AS id,
  CAST(ds AS TIMESTAMP) AS ds,
  CAST(y AS FLOAT64) AS y
FROM (
%%history%%
)
