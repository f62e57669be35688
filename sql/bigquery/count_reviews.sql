-- How many reviews of a product a per-review task would read (so how many model calls it makes).
SELECT COUNT(*) AS model_calls
FROM (
  SELECT r.id
  FROM `{{source}}.reviews` AS r
  WHERE CAST(r.product_id AS STRING) = @product_id
  LIMIT @limit
)
