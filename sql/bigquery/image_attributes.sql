-- Image description and attributes with Gemini: OBJ.MAKE_REF turns each gs:// uri of a product's
-- images into an ObjectRef (read through the connection), OBJ.GET_ACCESS_URL makes a signed read
-- URL (six hours) that AI.GENERATE reads the image with and that Aisle's main process downloads
-- into its disk cache for offline use. One model call per image.
WITH picked AS (
  SELECT
    CAST(i.product_id AS STRING) AS product_id,
    i.uri,
    i.view,
    OBJ.GET_ACCESS_URL(OBJ.MAKE_REF(i.uri, '{{connection}}'), 'r') AS access
  FROM `{{source}}.product_images` AS i
  WHERE CAST(i.product_id AS STRING) = @product_id
  ORDER BY i.uri
  LIMIT @limit
)
SELECT
  picked.product_id,
  picked.uri,
  picked.view,
  JSON_VALUE(picked.access, '$.access_urls.read_url') AS access_url,
  AI.GENERATE(
    (
      'Describe this product photo of a clothing item in one sentence, then name the garment, its main colour and its pattern (plain if none).',
      picked.access
    ),
    connection_id => '{{connection}}',
    endpoint => '{{text_endpoint}}',
    output_schema => 'description STRING, garment STRING, colour STRING, pattern STRING'
  ) AS attributes
FROM picked
ORDER BY picked.uri
