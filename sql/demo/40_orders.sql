-- Orders: each day's count, a customer drawn from that month's country mix (it drifts:
-- Australia grows), a time of day, a basket size and a cancellation flag.
CREATE TEMP TABLE country_month AS
WITH w AS (
  SELECT t.m::INTEGER AS m, c.country_idx, c.country,
         c.share_start + (c.share_end - c.share_start) * t.m / 35.0 AS share
  FROM cat_countries c, range(0, month_idx(DATE '{{end}}') + 1) t(m)
)
SELECT *, sum(share) OVER (PARTITION BY m ORDER BY country_idx) - share AS cum_lo,
       sum(share) OVER (PARTITION BY m) AS total
FROM w;
ALTER TABLE country_month ADD COLUMN lo DOUBLE;
UPDATE country_month SET lo = cum_lo / total;

CREATE TEMP TABLE orders_base AS
WITH expanded AS (SELECT day, day_idx, m, unnest(range(n_orders)) AS k FROM days),
numbered AS (SELECT row_number() OVER (ORDER BY day_idx, k)::BIGINT AS order_id, day, day_idx, m FROM expanded),
placed AS (
  SELECT n.*, c.country_idx
  FROM numbered n ASOF JOIN country_month c ON n.m = c.m AND rnd(n.order_id, 'order-country') >= c.lo
)
SELECT p.order_id, p.day, p.day_idx, p.m,
  cu.first_id + floor(rnd(p.order_id, 'order-user') * cu.n)::BIGINT AS user_id,
  p.day + INTERVAL (floor(86399 * pow(rnd(p.order_id, 'order-time'), 0.8))) SECOND AS created_at,
  (1 + (rnd(p.order_id, 'basket-2') < 0.36)::INTEGER + (rnd(p.order_id, 'basket-3') < 0.12)::INTEGER
     + (rnd(p.order_id, 'basket-4') < 0.04)::INTEGER) AS n_items,
  rnd(p.order_id, 'cancel') < 0.05 AS cancelled,
  DATE '{{end}}' - p.day AS age_days
FROM placed p JOIN country_users cu ON cu.country_idx = p.country_idx;
