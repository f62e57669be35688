-- Products: category by share, brand and price tier, name, colour and pattern, popularity,
-- quality, and a life cycle (some launch during the period, some are discontinued).
CREATE TEMP TABLE category_cum AS
SELECT *, sum(product_weight) OVER (ORDER BY cat_idx) - product_weight AS cum_lo,
       sum(product_weight) OVER () AS total
FROM cat_categories;
ALTER TABLE category_cum ADD COLUMN lo DOUBLE;
UPDATE category_cum SET lo = cum_lo / total;

CREATE TEMP TABLE product_traits AS
WITH p AS (
  SELECT i::BIGINT AS id, rnd(i, 'product-category') AS u FROM range(1, {{n_products}} + 1) t(i)
), placed AS (
  SELECT p.id, c.cat_idx, c.category, c.department, c.silhouette, c.price_low, c.price_high, c.nouns
  FROM p ASOF JOIN category_cum c ON p.u >= c.lo
), drawn AS (
  SELECT placed.*,
    b.brand, b.tier,
    (SELECT word FROM cat_styles WHERE style_idx = pick(id, 'style', (SELECT count(*) FROM cat_styles))) AS style,
    nouns[pick(id, 'noun', len(nouns))] AS noun,
    CASE b.tier WHEN 'value' THEN 0.75 WHEN 'premium' THEN 1.7 ELSE 1.0 END AS tier_mult,
    pick(id, 'colour', (SELECT count(*) FROM cat_colours)) AS colour_idx,
    CASE WHEN rnd(id, 'pattern') < 0.55 THEN 1 WHEN rnd(id, 'pattern') < 0.75 THEN 2
         WHEN rnd(id, 'pattern') < 0.87 THEN 3 ELSE 4 END AS pattern_idx,
    exp(0.9 * rnorm(id, 'popularity')) AS popularity,
    least(4.8, greatest(3.4, 4.25 + 0.3 * rnorm(id, 'quality'))) AS quality,
    CASE WHEN rnd(id, 'launch') < 0.72 THEN 0 ELSE pick(id, 'launch-month', 33) END AS launch_month,
    rnd(id, 'price') AS u_price, rnd(id, 'cost') AS u_cost, rnd(id, 'discontinued') AS u_end
  FROM placed JOIN cat_brands b ON b.brand_idx = pick(placed.id, 'brand', (SELECT count(*) FROM cat_brands))
)
SELECT id, cat_idx, category, department, silhouette, brand, tier, colour_idx, pattern_idx, popularity, quality,
  brand || ' ' || style || ' ' || noun AS name,
  greatest(4.99, round((price_low + (price_high - price_low) * pow(u_price, 1.6)) * tier_mult) - 0.01) AS retail_price,
  u_cost, launch_month,
  CASE WHEN u_end < 0.14 THEN least(34, launch_month + 4 + pick(id, 'end-month', 24)) ELSE 99 END AS end_month
FROM drawn;

-- The planted products: the most popular product of a category that is on sale all period.
CREATE TEMP TABLE planted AS
WITH ranked AS (
  SELECT id, category, department,
         row_number() OVER (PARTITION BY category, department ORDER BY popularity DESC, id) AS rank
  FROM product_traits WHERE launch_month = 0 AND end_month = 99
)
SELECT 'quality_collapse' AS kind, id AS product_id FROM ranked
  WHERE category = 'Outerwear & Coats' AND department = 'Women' AND rank = 1
UNION ALL SELECT 'promotion', id FROM ranked WHERE category = 'Dresses' AND department = 'Women' AND rank = 1
UNION ALL SELECT 'stock_out', id FROM ranked WHERE category = 'Jeans' AND department = 'Women' AND rank = 1
UNION ALL SELECT 'stock_out_substitute', id FROM ranked WHERE category = 'Jeans' AND department = 'Women' AND rank = 2;

-- Planted products sell well enough for their story to show at small scales too.
UPDATE product_traits SET popularity = popularity * 3
WHERE id IN (SELECT product_id FROM planted WHERE kind <> 'stock_out_substitute');
UPDATE product_traits SET name = brand || ' Quilted Zip-Up Puffer Jacket', quality = 4.35
WHERE id = (SELECT product_id FROM planted WHERE kind = 'quality_collapse');

CREATE TABLE distribution_centers AS SELECT * FROM cat_distribution_centers ORDER BY id;

CREATE TABLE products AS
SELECT id, round(retail_price * (0.32 + 0.2 * u_cost), 2) AS cost, category, name, brand, retail_price, department,
       upper(substr(md5(id::VARCHAR || ':' || {{seed}}::VARCHAR), 1, 16)) AS sku,
       pick(id, 'distribution-center', 10)::BIGINT AS distribution_center_id
FROM product_traits ORDER BY id;
