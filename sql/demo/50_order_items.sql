-- Order lines: a category from the customer's department, the month's season and the
-- category trend (Skirts decline), then a product of that category on sale that month,
-- weighted by popularity. Planted events are applied on top.
CREATE TEMP TABLE category_month AS
WITH w AS (
  SELECT t.m::INTEGER AS m, g.gender, c.cat_idx, c.category, c.department,
    c.weight
    * CASE WHEN (g.gender = 'F') = (c.department = 'Women') THEN 1.0 ELSE 0.12 END
    * CASE c.season
        WHEN 'winter' THEN 1 + 0.55 * cos(2 * pi() * (month(DATE '{{start}}' + INTERVAL (t.m) MONTH) - 0.5) / 12)
        WHEN 'summer' THEN 1 + 0.55 * cos(2 * pi() * (month(DATE '{{start}}' + INTERVAL (t.m) MONTH) - 6.5) / 12)
        ELSE 1.0 END
    * CASE WHEN c.category = '{{declining_category}}' THEN exp(-0.0392 * greatest(0, t.m - 12)) ELSE 1.0 END AS w
  FROM cat_categories c, range(0, month_idx(DATE '{{end}}') + 1) t(m), (VALUES ('F'), ('M')) g(gender)
)
SELECT *, sum(w) OVER (PARTITION BY m, gender ORDER BY cat_idx) - w AS cum_lo,
       sum(w) OVER (PARTITION BY m, gender) AS total
FROM w;
ALTER TABLE category_month ADD COLUMN lo DOUBLE;
UPDATE category_month SET lo = cum_lo / total;

CREATE TEMP TABLE product_month AS
WITH w AS (
  SELECT t.m::INTEGER AS m, p.cat_idx, p.id AS product_id, p.popularity AS w
  FROM product_traits p, range(0, month_idx(DATE '{{end}}') + 1) t(m)
  WHERE t.m BETWEEN p.launch_month AND p.end_month
)
SELECT *, sum(w) OVER (PARTITION BY m, cat_idx ORDER BY product_id) - w AS cum_lo,
       sum(w) OVER (PARTITION BY m, cat_idx) AS total
FROM w;
ALTER TABLE product_month ADD COLUMN lo DOUBLE;
UPDATE product_month SET lo = cum_lo / total;

CREATE TEMP TABLE items_base AS
WITH expanded AS (
  SELECT o.order_id, o.user_id, o.day, o.m, o.created_at, o.cancelled, o.age_days, u.gender,
         unnest(range(o.n_items)) AS item_no
  FROM orders_base o JOIN users u ON u.id = o.user_id
), with_category AS (
  SELECT e.*, c.cat_idx
  FROM expanded e ASOF JOIN category_month c
    ON e.m = c.m AND e.gender = c.gender AND rnd(e.order_id * 8 + e.item_no, 'item-category') >= c.lo
)
SELECT i.order_id, i.item_no, i.user_id, i.day, i.m, i.created_at, i.cancelled, i.age_days, p.product_id
FROM with_category i ASOF JOIN product_month p
  ON i.m = p.m AND i.cat_idx = p.cat_idx AND rnd(i.order_id * 8 + i.item_no, 'item-product') >= p.lo;

-- Stock-out: nobody can buy the planted jeans for three weeks; demand goes to the runner-up.
UPDATE items_base SET product_id = (SELECT product_id FROM planted WHERE kind = 'stock_out_substitute')
WHERE product_id = (SELECT product_id FROM planted WHERE kind = 'stock_out')
  AND day BETWEEN DATE '{{stockout_from}}' AND DATE '{{stockout_to}}';

-- Promotion: twice the usual weekly units of the planted dress are added in the promo week,
-- so the week sells about three times as many.
CREATE TEMP TABLE promo_baseline AS
SELECT round(2 * count(*) / 8.0)::INTEGER AS extra
FROM items_base
WHERE product_id = (SELECT product_id FROM planted WHERE kind = 'promotion') AND NOT cancelled
  AND (day BETWEEN DATE '{{promo_from}}' - INTERVAL 28 DAY AND DATE '{{promo_from}}' - INTERVAL 1 DAY
       OR day BETWEEN DATE '{{promo_to}}' + INTERVAL 1 DAY AND DATE '{{promo_to}}' + INTERVAL 28 DAY);

INSERT INTO items_base
SELECT o.order_id, o.n_items AS item_no, o.user_id, o.day, o.m, o.created_at, o.cancelled, o.age_days,
       (SELECT product_id FROM planted WHERE kind = 'promotion')
FROM orders_base o JOIN users u ON u.id = o.user_id
WHERE o.day BETWEEN DATE '{{promo_from}}' AND DATE '{{promo_to}}' AND u.gender = 'F' AND NOT o.cancelled
ORDER BY rnd(o.order_id, 'promo-pick'), o.order_id
LIMIT (SELECT extra FROM promo_baseline);

-- Prices, status and the timeline of each line.
CREATE TEMP TABLE items_priced AS
WITH numbered AS (
  SELECT row_number() OVER (ORDER BY i.order_id, i.item_no)::BIGINT AS id, i.*,
         p.retail_price, p.category, p.end_month, c.return_rate, d.is_cyber_weekend, d.is_winter_sale
  FROM items_base i
  JOIN product_traits p ON p.id = i.product_id
  JOIN cat_categories c ON c.cat_idx = p.cat_idx
  JOIN days d ON d.day = i.day
), discounted AS (
  SELECT *,
    CASE
      WHEN product_id = (SELECT product_id FROM planted WHERE kind = 'promotion')
           AND day BETWEEN DATE '{{promo_from}}' AND DATE '{{promo_to}}' THEN {{promo_discount}}
      WHEN is_cyber_weekend THEN 0.3
      WHEN is_winter_sale THEN 0.2
      WHEN end_month < 99 AND m >= end_month - 1 THEN 0.3
      WHEN rnd(id, 'markdown') < 0.07 THEN 0.15
      ELSE 0.0
    END AS discount,
    return_rate * CASE WHEN product_id = (SELECT product_id FROM planted WHERE kind = 'quality_collapse')
                       AND day >= DATE '{{defect_from}}' THEN 4 ELSE 1 END AS p_return
  FROM numbered
), timed AS (
  SELECT *,
    CASE WHEN cancelled THEN NULL
         WHEN age_days <= 1 AND rnd(order_id, 'processing') < 0.7 THEN NULL
         ELSE created_at + INTERVAL (floor(43200 + 216000 * rnd(order_id, 'ship'))) SECOND END AS shipped_at
  FROM discounted
), delivered AS (
  SELECT *,
    CASE WHEN shipped_at IS NULL THEN NULL
         WHEN shipped_at + INTERVAL (floor(86400 + 345600 * rnd(order_id, 'deliver'))) SECOND > DATE '{{end}}' + INTERVAL 1 DAY THEN NULL
         ELSE shipped_at + INTERVAL (floor(86400 + 345600 * rnd(order_id, 'deliver'))) SECOND END AS delivered_at
  FROM timed
), returned AS (
  SELECT *,
    CASE WHEN delivered_at IS NOT NULL AND rnd(id, 'return') < least(0.7, p_return)
              AND delivered_at + INTERVAL (floor(172800 + 1555200 * rnd(id, 'return-day'))) SECOND <= DATE '{{end}}' + INTERVAL 1 DAY
         THEN delivered_at + INTERVAL (floor(172800 + 1555200 * rnd(id, 'return-day'))) SECOND END AS returned_at
  FROM delivered
)
SELECT id, order_id, item_no, user_id, product_id, created_at, shipped_at, delivered_at, returned_at, day,
  round(retail_price * (1 - discount), 2) AS sale_price,
  CASE WHEN cancelled THEN 'Cancelled'
       WHEN returned_at IS NOT NULL THEN 'Returned'
       WHEN delivered_at IS NOT NULL THEN 'Complete'
       WHEN shipped_at IS NOT NULL THEN 'Shipped'
       ELSE 'Processing' END AS status
FROM returned;

-- Inventory: every sold unit came from stock received a few days to months earlier; some
-- stock is still on the shelves (sold_at is NULL). Cancelled lines go back to stock.
CREATE TABLE inventory_items AS
WITH sold AS (
  SELECT i.id, i.product_id,
         i.created_at - INTERVAL (floor(86400 * (3 + 110 * rnd(i.id, 'stock-age')))) SECOND AS created_at,
         CASE WHEN i.status = 'Cancelled' THEN NULL ELSE i.created_at END AS sold_at
  FROM items_priced i
), unsold AS (
  SELECT (SELECT max(id) FROM items_priced) + row_number() OVER (ORDER BY i.id) AS id, i.product_id,
         TIMESTAMP '{{end}}' - INTERVAL (floor(86400 * 75 * rnd(i.id, 'unsold-age'))) SECOND AS created_at,
         NULL::TIMESTAMP AS sold_at
  FROM items_priced i JOIN product_traits p ON p.id = i.product_id
  WHERE p.end_month = 99 AND rnd(i.id, 'unsold') < 0.22
)
SELECT s.id::BIGINT AS id, s.product_id, s.created_at, s.sold_at, p.cost,
       p.category AS product_category, p.name AS product_name, p.brand AS product_brand,
       p.retail_price AS product_retail_price, p.department AS product_department, p.sku AS product_sku,
       p.distribution_center_id AS product_distribution_center_id
FROM (SELECT * FROM sold UNION ALL SELECT * FROM unsold) s JOIN products p ON p.id = s.product_id
ORDER BY s.id;

CREATE TABLE order_items AS
SELECT id, order_id, user_id, product_id, id AS inventory_item_id, status, created_at, shipped_at, delivered_at,
       returned_at, sale_price
FROM items_priced ORDER BY id;

CREATE TABLE orders AS
WITH per_order AS (
  SELECT order_id, any_value(user_id) AS user_id, min(created_at) AS created_at,
         count(*)::INTEGER AS num_of_item,
         -- The order's status is its least advanced line's, as a shop reports it.
         CASE WHEN bool_and(status = 'Cancelled') THEN 'Cancelled'
              WHEN bool_or(status = 'Processing') THEN 'Processing'
              WHEN bool_or(status = 'Shipped') THEN 'Shipped'
              WHEN bool_and(status = 'Returned') THEN 'Returned'
              ELSE 'Complete' END AS status,
         max(shipped_at) AS shipped_at, max(delivered_at) AS delivered_at, max(returned_at) AS returned_at
  FROM items_priced GROUP BY order_id
)
SELECT o.order_id, o.user_id, o.status, u.gender, o.created_at, o.returned_at, o.shipped_at, o.delivered_at,
       o.num_of_item
FROM per_order o JOIN users u ON u.id = o.user_id ORDER BY o.order_id;
