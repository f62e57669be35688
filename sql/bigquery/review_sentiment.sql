-- Review sentiment with Gemini (AI.GENERATE_DOUBLE): one number per review of a product.
-- The model answers on a 1..5 scale (the star scale shoppers and models both know well);
-- Aisle maps it to -1..1 as (score - 3) / 2, the range of the local scorer.
-- Vertex AI bills one model call per review read (on top of the bytes this query scans).
-- Identifiers (double-brace placeholders) are validated and inlined by src/main/bigquery-ai;
-- every value is a query parameter.
WITH picked AS (
  SELECT r.id, r.title, r.text, r.created_at
  FROM `{{source}}.reviews` AS r
  WHERE CAST(r.product_id AS STRING) = @product_id
  ORDER BY r.created_at DESC, r.id
  LIMIT @limit
)
SELECT
  CAST(picked.id AS STRING) AS review_id,
  AI.GENERATE_DOUBLE(
    (
      'Rate the sentiment of this clothing review from 1 to 5, where 1 is very negative, 3 is neutral and 5 is very positive. Answer with the number only. Title: ',
      IFNULL(picked.title, ''),
      ' Review: ',
      picked.text
    ),
    connection_id => '{{connection}}',
    endpoint => '{{text_endpoint}}'
  ).result AS score
FROM picked
ORDER BY picked.created_at DESC, picked.id
