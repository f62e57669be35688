-- The rows of the review embeddings table, after create_review_embeddings.sql.
SELECT COUNT(*) AS row_count
FROM `{{workspace}}.{{embedding_table}}`
