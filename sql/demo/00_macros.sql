-- Seeded randomness that does not depend on thread scheduling: every draw is a hash of a row
-- key, a salt naming the draw, and the seed. Same seed, same store, on any machine.
CREATE OR REPLACE TEMP MACRO rnd(k, salt) AS
  ((hash(k, salt, {{seed}}::UBIGINT) % 4294967291::UBIGINT)::DOUBLE / 4294967291.0);

-- A standard normal draw (Box-Muller over two independent uniform draws).
CREATE OR REPLACE TEMP MACRO rnorm(k, salt) AS
  (sqrt(-2 * ln(greatest(rnd(k, salt || ':a'), 1e-12))) * cos(2 * pi() * rnd(k, salt || ':b')));

-- A uniform integer in 1..n.
CREATE OR REPLACE TEMP MACRO pick(k, salt, n) AS
  (1 + (hash(k, salt, {{seed}}::UBIGINT) % (n)::UBIGINT))::INTEGER;

-- Months since the start of the data (November 2023 = 0).
CREATE OR REPLACE TEMP MACRO month_idx(d) AS
  ((year(d) - year(DATE '{{start}}')) * 12 + month(d) - month(DATE '{{start}}'));
