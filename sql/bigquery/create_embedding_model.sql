-- The remote model AI.GENERATE_EMBEDDING calls: a Vertex AI text-embedding endpoint reached
-- through the connection. Creating it is free; calls through it are billed by Vertex AI.
CREATE MODEL IF NOT EXISTS `{{workspace}}.{{embedding_model}}`
  REMOTE WITH CONNECTION `{{connection}}`
  OPTIONS (ENDPOINT = '{{embedding_endpoint}}')
