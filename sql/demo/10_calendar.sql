-- One row per day with the number of orders it gets: trend x weekday x season x retail
-- events x a little noise, scaled so the whole period has about {{target_lines}} order lines.
CREATE TEMP TABLE black_fridays AS
SELECT y AS year,
       (make_date(y, 11, 1) + INTERVAL (((4 - isodow(make_date(y, 11, 1)) + 7) % 7) + 22) DAY)::DATE AS black_friday
FROM range(year(DATE '{{start}}'), year(DATE '{{end}}') + 1) t(y);

CREATE TEMP TABLE days AS
WITH d AS (
  SELECT (DATE '{{start}}' + INTERVAL (i) DAY)::DATE AS day, i::INTEGER AS day_idx
  FROM range(0, (DATE '{{end}}' - DATE '{{start}}') + 1) t(i)
), shaped AS (
  SELECT d.day, d.day_idx, month_idx(d.day) AS m,
    (1 + 0.12 * d.day_idx / 365.0)
    * CASE isodow(d.day) WHEN 1 THEN 1.03 WHEN 2 THEN 0.94 WHEN 3 THEN 0.95 WHEN 4 THEN 0.97
                         WHEN 5 THEN 0.99 WHEN 6 THEN 1.03 ELSE 1.09 END
    * (1 + 0.08 * cos(2 * pi() * (dayofyear(d.day) - 20) / 365.25))
    * CASE
        WHEN d.day = b.black_friday THEN 3.4
        WHEN d.day = b.black_friday + 3 THEN 2.6
        WHEN d.day IN (b.black_friday + 1, b.black_friday + 2) THEN 1.9
        WHEN d.day BETWEEN b.black_friday - 4 AND b.black_friday - 1 THEN 1.3
        WHEN month(d.day) = 12 AND day(d.day) <= 20 THEN 1.45
        WHEN month(d.day) = 12 AND day(d.day) BETWEEN 21 AND 23 THEN 1.15
        WHEN month(d.day) = 12 AND day(d.day) = 24 THEN 0.75
        WHEN month(d.day) = 12 AND day(d.day) = 25 THEN 0.45
        WHEN month(d.day) = 12 AND day(d.day) = 26 THEN 1.5
        WHEN (month(d.day) = 12 AND day(d.day) >= 27) OR (month(d.day) = 1 AND day(d.day) <= 6) THEN 1.2
        WHEN month(d.day) = 2 AND day(d.day) BETWEEN 7 AND 13 THEN 1.08
        ELSE 1.0
      END
    * exp(0.06 * rnorm(d.day_idx, 'day-noise')) AS raw_weight,
    d.day = b.black_friday AS is_black_friday,
    d.day BETWEEN b.black_friday AND b.black_friday + 3 AS is_cyber_weekend,
    (month(d.day) = 12 AND day(d.day) >= 26) OR (month(d.day) = 1 AND day(d.day) <= 6) AS is_winter_sale
  FROM d JOIN black_fridays b ON b.year = year(d.day)
), weighted AS (
  -- Exact decimal weights: the normalising sum must not depend on summation order.
  SELECT *, raw_weight::DECIMAL(18, 6) AS weight FROM shaped
)
SELECT day, day_idx, m, is_black_friday, is_cyber_weekend, is_winter_sale,
       round(weight * {{target_lines}} / 1.52 / sum(weight) OVER ())::INTEGER AS n_orders
FROM weighted;
