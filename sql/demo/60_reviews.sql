-- Reviews: some delivered lines get one, a few days to weeks later. The stars follow the
-- product's quality (and whether it came back); the text mentions one to three aspects whose
-- polarity agrees with the stars. After the planted defect date the planted jacket collapses.
CREATE TEMP TABLE review_base AS
WITH candidates AS (
  SELECT i.id AS item_id, i.product_id, i.user_id, i.status, p.quality,
         i.delivered_at + INTERVAL (floor(86400 * (2 + 28 * rnd(i.id, 'review-delay')))) SECOND AS created_at,
         i.product_id = (SELECT product_id FROM planted WHERE kind = 'quality_collapse')
           AND i.delivered_at >= DATE '{{defect_from}}' AS defect
  FROM items_priced i JOIN product_traits p ON p.id = i.product_id
  WHERE i.delivered_at IS NOT NULL
    AND rnd(i.id, 'review') < CASE WHEN i.status = 'Returned' THEN 0.22 ELSE 0.08 END
)
SELECT row_number() OVER (ORDER BY created_at, item_id)::BIGINT AS id, *,
  least(5, greatest(1, round(
    CASE WHEN defect THEN 1.9 - 0.3 * (status = 'Returned')::INTEGER
         ELSE quality - 1.7 * (status = 'Returned')::INTEGER END
    + 0.85 * rnorm(item_id, 'rating'))))::INTEGER AS rating
FROM candidates
WHERE created_at < DATE '{{end}}' + INTERVAL 1 DAY;

CREATE TEMP TABLE phrase_counts AS
SELECT aspect, polarity, count(*) AS n FROM cat_phrases GROUP BY ALL;

CREATE TEMP TABLE review_slots AS
WITH slots AS (
  SELECT r.id, r.rating, r.defect, s.slot::INTEGER AS slot
  FROM review_base r, range(1, 4) s(slot)
  WHERE s.slot = 1 OR (s.slot = 2 AND rnd(r.id, 'second-aspect') < 0.6) OR (s.slot = 3 AND rnd(r.id, 'third-aspect') < 0.25)
), aspected AS (
  SELECT *,
    CASE WHEN defect AND rating <= 3 AND slot = 1 THEN 'quality'
         ELSE ['fit', 'size', 'fabric', 'quality', 'colour', 'comfort', 'price', 'delivery'][pick(id * 4 + slot, 'aspect', 8)]
    END AS aspect,
    CASE
      WHEN defect AND rating <= 3 AND slot = 1 THEN 'defect'
      WHEN rating = 5 THEN 'positive'
      WHEN rating = 4 THEN CASE WHEN slot = 3 AND rnd(id, 'mixed') < 0.4 THEN 'negative' ELSE 'positive' END
      WHEN rating = 3 THEN CASE WHEN slot = 1 THEN 'positive' WHEN slot = 2 THEN 'negative'
                                WHEN rnd(id, 'mixed') < 0.5 THEN 'positive' ELSE 'negative' END
      WHEN rating = 2 THEN CASE WHEN slot = 2 AND rnd(id, 'mixed') < 0.3 THEN 'positive' ELSE 'negative' END
      ELSE 'negative'
    END AS polarity
  FROM slots
), distinct_aspects AS (
  SELECT * FROM aspected QUALIFY row_number() OVER (PARTITION BY id, aspect ORDER BY slot) = 1
)
SELECT d.id, d.slot, ph.text
FROM distinct_aspects d
JOIN phrase_counts c ON c.aspect = d.aspect AND c.polarity = d.polarity
JOIN cat_phrases ph ON ph.aspect = d.aspect AND ph.polarity = d.polarity
  AND ph.idx = pick(d.id * 4 + d.slot, 'phrase', c.n);

CREATE TEMP TABLE title_counts AS SELECT rating, count(*) AS n FROM cat_titles GROUP BY ALL;

CREATE TABLE reviews AS
WITH texts AS (SELECT id, string_agg(text, ' ' ORDER BY slot) AS text FROM review_slots GROUP BY id),
titled AS (
  SELECT r.*, CASE WHEN r.defect AND r.rating <= 2 THEN 0 ELSE r.rating END AS title_key FROM review_base r
)
SELECT r.id, r.product_id, r.user_id, r.created_at, r.rating, t.text AS title, x.text
FROM titled r
JOIN texts x ON x.id = r.id
JOIN title_counts tc ON tc.rating = r.title_key
JOIN cat_titles t ON t.rating = r.title_key AND t.idx = pick(r.id, 'title', tc.n)
ORDER BY r.id;
