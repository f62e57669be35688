-- Customers: country by its average share over the period, ids contiguous per country so an
-- order can pick a customer of a given country by arithmetic.
CREATE TEMP TABLE country_static AS
SELECT *, sum((share_start + share_end) / 2) OVER (ORDER BY country_idx) - (share_start + share_end) / 2 AS cum_lo,
       sum((share_start + share_end) / 2) OVER () AS total
FROM cat_countries;
ALTER TABLE country_static ADD COLUMN lo DOUBLE;
UPDATE country_static SET lo = cum_lo / total;

CREATE TEMP TABLE state_cum AS
SELECT *, sum(weight) OVER (PARTITION BY country ORDER BY state_idx) - weight AS cum_lo,
       sum(weight) OVER (PARTITION BY country) AS total
FROM cat_states;
ALTER TABLE state_cum ADD COLUMN lo DOUBLE;
UPDATE state_cum SET lo = cum_lo / total;

CREATE TEMP TABLE traffic_cum AS
SELECT *, sum(weight) OVER (ORDER BY idx) - weight AS cum_lo, sum(weight) OVER () AS total FROM cat_traffic;
ALTER TABLE traffic_cum ADD COLUMN lo DOUBLE;
UPDATE traffic_cum SET lo = cum_lo / total;

CREATE TEMP TABLE users_raw AS
WITH u AS (SELECT i::BIGINT AS raw_id, rnd(i, 'user-country') AS u FROM range(1, {{n_users}} + 1) t(i))
SELECT u.raw_id, c.country_idx, c.country FROM u ASOF JOIN country_static c ON u.u >= c.lo;

CREATE TEMP TABLE users_numbered AS
SELECT row_number() OVER (ORDER BY country_idx, raw_id)::BIGINT AS id, country_idx, country FROM users_raw;

CREATE TEMP TABLE country_users AS
SELECT country_idx, country, min(id) AS first_id, count(*) AS n FROM users_numbered GROUP BY ALL;

CREATE TABLE users AS
WITH base AS (
  SELECT n.id, n.country, rnd(n.id, 'user-state') AS u_state, rnd(n.id, 'user-traffic') AS u_traffic
  FROM users_numbered n
), placed AS (
  SELECT base.*, s.state, s.city, s.latitude, s.longitude
  FROM base ASOF JOIN state_cum s ON base.country = s.country AND base.u_state >= s.lo
), named AS (
  SELECT placed.*, t.source AS traffic_source,
    (SELECT name FROM cat_first_names WHERE idx = pick(placed.id, 'first-name', (SELECT count(*) FROM cat_first_names))) AS first_name,
    (SELECT name FROM cat_last_names WHERE idx = pick(placed.id, 'last-name', (SELECT count(*) FROM cat_last_names))) AS last_name
  FROM placed ASOF JOIN traffic_cum t ON placed.u_traffic >= t.lo
)
SELECT id, first_name, last_name,
  lower(regexp_replace(first_name || '.' || last_name, '[^A-Za-z.]', '', 'g')) || id::VARCHAR || '@example.com' AS email,
  (18 + floor(52 * pow(rnd(id, 'age'), 1.4)))::INTEGER AS age,
  CASE WHEN rnd(id, 'gender') < 0.58 THEN 'F' ELSE 'M' END AS gender,
  state, pick(id, 'street-number', 980)::VARCHAR || ' ' ||
    ['Market Street', 'Park Avenue', 'High Street', 'Station Road', 'Church Lane', 'Harbour Road', 'Elm Street',
     'Mill Lane', 'Queen Street', 'River Road'][pick(id, 'street', 10)] AS street_address,
  lpad((10000 + pick(id, 'postcode', 89999))::VARCHAR, 5, '0') AS postal_code,
  city, country,
  round(latitude + 0.4 * rnorm(id, 'lat'), 6) AS latitude, round(longitude + 0.4 * rnorm(id, 'lon'), 6) AS longitude,
  traffic_source,
  (TIMESTAMP '2021-01-01' + INTERVAL (floor(rnd(id, 'signup') * (DATE '{{start}}' - DATE '2021-01-01') * 86400)) SECOND)
    AS created_at
FROM named ORDER BY id;
