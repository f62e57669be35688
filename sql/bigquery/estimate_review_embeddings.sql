-- What create_review_embeddings.sql reads (title and text of every review) and how many model
-- calls it makes, without needing the remote model to exist yet (a dry run of the CREATE TABLE
-- would fail until it does). `characters` is what Vertex AI is sent, before tokenisation.
SELECT
  COUNT(*) AS model_calls,
  SUM(LENGTH(CONCAT(IFNULL(title, ''), '. ', text))) AS characters
FROM `{{source}}.reviews`
