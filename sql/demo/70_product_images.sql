-- Product images: a front and a back view for every product, a detail view for some. The
-- files are drawn by src/main/demo/product-images.ts, one per silhouette, colour, pattern and view.
CREATE TABLE product_images AS
WITH views AS (
  SELECT p.id AS product_id, p.silhouette, c.name AS colour, c.hex, pt.name AS pattern, v.view, v.ord
  FROM product_traits p
  JOIN cat_colours c ON c.colour_idx = p.colour_idx
  JOIN cat_patterns pt ON pt.pattern_idx = p.pattern_idx
  CROSS JOIN (VALUES ('front', 1), ('back', 2), ('detail', 3)) v(view, ord)
  WHERE v.view <> 'detail' OR rnd(p.id, 'detail-view') < 0.4
)
SELECT product_id,
  'images/' || silhouette || '/' || lower(replace(colour, ' ', '-')) || '-' || pattern || '-' || view || '.svg' AS uri,
  view, colour AS dominant_colour
FROM views ORDER BY product_id, ord;

CREATE SCHEMA IF NOT EXISTS aisle_meta;
CREATE TABLE aisle_meta.planted_facts AS
SELECT pl.kind, pl.product_id, p.name AS product_name, p.category, p.department
FROM planted pl JOIN products p ON p.id = pl.product_id ORDER BY pl.kind;
