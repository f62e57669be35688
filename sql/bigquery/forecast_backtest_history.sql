-- The history without each series' last `horizon` periods, to forecast them for a backtest.
SELECT id, ds, y
FROM (
  SELECT
    id,
    ds,
    y,
    ROW_NUMBER() OVER (PARTITION BY id ORDER BY ds DESC) AS aisle_period_from_end
  FROM (
%%history%%
  )
)
WHERE aisle_period_from_end > %%horizon%%
