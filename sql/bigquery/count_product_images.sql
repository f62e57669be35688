-- How many images of a product image_attributes.sql would describe (one model call each).
SELECT COUNT(*) AS model_calls
FROM (
  SELECT i.uri
  FROM `{{source}}.product_images` AS i
  WHERE CAST(i.product_id AS STRING) = @product_id
  LIMIT @limit
)
