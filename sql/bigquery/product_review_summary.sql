-- "What customers say": one Gemini call (AI.GENERATE) over the latest reviews of a product.
-- The reviews are gathered first, so the model is called once, not once per review.
WITH picked AS (
  SELECT r.rating, r.title, r.text, r.created_at
  FROM `{{source}}.reviews` AS r
  WHERE CAST(r.product_id AS STRING) = @product_id
  ORDER BY r.created_at DESC
  LIMIT @limit
),
gathered AS (
  SELECT
    COUNT(*) AS reviews_read,
    STRING_AGG(CONCAT(CAST(rating AS STRING), '/5 ', IFNULL(title, ''), ': ', text), '\n' ORDER BY created_at DESC) AS review_texts
  FROM picked
)
SELECT
  @product_id AS product_id,
  gathered.reviews_read,
  IF(
    gathered.reviews_read = 0,
    NULL,
    AI.GENERATE(
      (
        'These are customer reviews of one clothing product. In at most three sentences, say what customers like and what they complain about, naming fit, size, fabric, quality, colour, comfort, price or delivery where they come up. Reviews: ',
        gathered.review_texts
      ),
      connection_id => '{{connection}}',
      endpoint => '{{text_endpoint}}'
    ).result
  ) AS summary
FROM gathered
