-- Review search by meaning: the question is embedded on the fly with the same remote model
-- (one model call) and VECTOR_SEARCH finds the nearest review embeddings by cosine distance.
-- Needs the table create_review_embeddings.sql makes.
SELECT
  base.review_id,
  base.product_id,
  base.title,
  base.text,
  distance
FROM VECTOR_SEARCH(
  TABLE `{{workspace}}.{{embedding_table}}`,
  'embedding',
  (
    SELECT embedding
    FROM AI.GENERATE_EMBEDDING(
      MODEL `{{workspace}}.{{embedding_model}}`,
      (SELECT @query AS content)
    )
  ),
  query_column_to_search => 'embedding',
  top_k => @limit,
  distance_type => 'COSINE'
)
ORDER BY distance, base.review_id
