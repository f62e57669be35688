-- Review aspects with Gemini (AI.GENERATE with output_schema): for each review of a product,
-- the aspects it talks about, each with a sentiment (-1..1) and the phrase that says it.
-- The aspect names are those of the local analyser (src/main/reviews/sentiment/aspects.ts);
-- Aisle drops any other name the model invents. One model call per review read.
WITH picked AS (
  SELECT r.id, r.text, r.created_at
  FROM `{{source}}.reviews` AS r
  WHERE CAST(r.product_id AS STRING) = @product_id
  ORDER BY r.created_at DESC, r.id
  LIMIT @limit
)
SELECT
  CAST(picked.id AS STRING) AS review_id,
  AI.GENERATE(
    (
      'List the aspects this clothing review talks about. Use only these aspect names: fit, size, fabric, quality, colour, comfort, price, delivery. For each aspect give its sentiment from -1 (negative) to 1 (positive) and the shortest phrase of the review that says it. Review: ',
      picked.text
    ),
    connection_id => '{{connection}}',
    endpoint => '{{text_endpoint}}',
    output_schema => 'aspects ARRAY<STRUCT<aspect STRING, sentiment FLOAT64, phrase STRING>>'
  ).aspects AS aspects
FROM picked
ORDER BY picked.created_at DESC, picked.id
