-- Review embeddings: one vector per review (title and text), kept in a table of the workspace
-- dataset so review search (review_vector_search.sql) embeds only the question. One model call
-- per review; run it again to pick up new reviews (it replaces the table).
CREATE OR REPLACE TABLE `{{workspace}}.{{embedding_table}}` AS
SELECT
  CAST(id AS STRING) AS review_id,
  CAST(product_id AS STRING) AS product_id,
  title,
  text,
  embedding
FROM AI.GENERATE_EMBEDDING(
  MODEL `{{workspace}}.{{embedding_model}}`,
  (
    SELECT id, product_id, title, text, CONCAT(IFNULL(title, ''), '. ', text) AS content
    FROM `{{source}}.reviews`
  )
)
WHERE status = ''
