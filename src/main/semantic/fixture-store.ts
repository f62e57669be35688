import { DuckDBInstance } from '@duckdb/node-api';

/**
 * A tiny store in the theLook schema (plus reviews) in an in-memory DuckDB, for tests that run
 * compiled SQL. Small enough that every expected number can be worked out by hand; the
 * comments in semantic tests show the sums. Not used outside tests.
 */

export type FixtureValue = string | number | boolean | null;
export type FixtureRow = Record<string, FixtureValue>;

export interface FixtureStore {
  query(sql: string): Promise<FixtureRow[]>;
  run(sql: string): Promise<void>;
  close(): void;
}

const schema = `
CREATE TABLE distribution_centers (id BIGINT, name VARCHAR, latitude DOUBLE, longitude DOUBLE);
CREATE TABLE products (id BIGINT, cost DOUBLE, category VARCHAR, name VARCHAR, brand VARCHAR, retail_price DOUBLE,
  department VARCHAR, sku VARCHAR, distribution_center_id BIGINT);
CREATE TABLE users (id BIGINT, first_name VARCHAR, last_name VARCHAR, email VARCHAR, age INTEGER, gender VARCHAR,
  state VARCHAR, street_address VARCHAR, postal_code VARCHAR, city VARCHAR, country VARCHAR, latitude DOUBLE,
  longitude DOUBLE, traffic_source VARCHAR, created_at TIMESTAMP);
CREATE TABLE orders (order_id BIGINT, user_id BIGINT, status VARCHAR, gender VARCHAR, created_at TIMESTAMP,
  returned_at TIMESTAMP, shipped_at TIMESTAMP, delivered_at TIMESTAMP, num_of_item INTEGER);
CREATE TABLE order_items (id BIGINT, order_id BIGINT, user_id BIGINT, product_id BIGINT, inventory_item_id BIGINT,
  status VARCHAR, created_at TIMESTAMP, shipped_at TIMESTAMP, delivered_at TIMESTAMP, returned_at TIMESTAMP,
  sale_price DOUBLE);
CREATE TABLE reviews (id BIGINT, product_id BIGINT, user_id BIGINT, created_at TIMESTAMP, rating INTEGER,
  title VARCHAR, text VARCHAR);
CREATE TABLE product_images (product_id BIGINT, uri VARCHAR, view VARCHAR, dominant_colour VARCHAR);
`;

// Product 4 shares its name with product 3 and has no cost; product 6 has reviews but no sales.
const data = `
INSERT INTO distribution_centers VALUES (1, 'Memphis TN', 35.1, -90.0), (2, 'Chicago IL', 41.8, -87.6);
INSERT INTO products VALUES
  (1, 20, 'Jeans',   'Slim Jeans',     'Levi''s',  80, 'Women', 'SKU1', 1),
  (2, 30, 'Jeans',   'Straight Jeans', 'Acme',     90, 'Men',   'SKU2', 1),
  (3, 10, 'Tops',    'Basic Tee',      'Acme',     25, 'Women', 'SKU3', 2),
  (4, NULL, 'Tops',  'Basic Tee',      'O''Neill', 30, 'Men',   'SKU4', 2),
  (5, 50, 'Dresses', 'Wrap Dress',     'Bloom',   130, 'Women', 'SKU5', 2),
  (6, 5,  'Socks',   'Sock Pack',      'Acme',     10, 'Men',   'SKU6', 1);
INSERT INTO users VALUES
  (1, 'Ana', 'A', 'a@example.com', 22, 'F', 'California', '1 Road', '90001', 'Los Angeles', 'United States', 34, -118, 'Search', '2022-01-01'),
  (2, 'Ben', 'B', 'b@example.com', 30, 'M', 'Texas', '2 Road', '73301', 'Austin', 'United States', 30, -97, 'Email', '2022-01-01'),
  (3, 'Cat', 'C', 'c@example.com', 47, 'F', 'Ontario', '3 Road', 'M5H', 'Toronto', 'Canada', 43, -79, 'Organic', '2022-01-01'),
  (4, 'Dan', 'D', 'd@example.com', 60, 'M', 'Bavaria', '4 Road', '80331', 'Munich', 'Germany', 48, 11, 'Facebook', '2022-01-01'),
  (5, 'Eve', 'E', 'e@example.com', 35, 'F', 'Texas', '5 Road', '75001', 'Dallas', 'United States', 32, -96, 'Search', '2022-01-01');
INSERT INTO order_items (id, order_id, user_id, product_id, inventory_item_id, status, created_at, sale_price) VALUES
  (1,  101, 1, 1, 1,  'Complete',   '2023-01-10 10:00:00', 50),
  (2,  101, 1, 3, 2,  'Complete',   '2023-01-10 10:00:00', 20),
  (3,  102, 2, 2, 3,  'Returned',   '2023-01-20 12:00:00', 60),
  (4,  103, 3, 5, 4,  'Complete',   '2023-02-05 09:00:00', 100),
  (5,  104, 4, 4, 5,  'Shipped',    '2023-02-14 18:00:00', 25),
  (6,  105, 5, 1, 6,  'Cancelled',  '2023-03-03 11:00:00', 50),
  (7,  106, 2, 2, 7,  'Complete',   '2023-03-15 15:00:00', 70),
  (20, 210, 4, 2, 20, 'Complete',   '2023-12-31 23:30:00', 80),
  (8,  201, 1, 1, 8,  'Complete',   '2024-01-05 09:00:00', 55),
  (9,  201, 1, 2, 9,  'Complete',   '2024-01-05 09:00:00', 65),
  (10, 202, 2, 3, 10, 'Returned',   '2024-01-12 10:00:00', 22),
  (11, 203, 3, 3, 11, 'Complete',   '2024-01-20 14:00:00', 24),
  (12, 203, 3, 4, 12, 'Complete',   '2024-01-20 14:00:00', 26),
  (21, 211, 2, 3, 21, 'Complete',   '2024-02-01 00:00:00', 21),
  (13, 204, 4, 5, 13, 'Processing', '2024-02-02 08:00:00', 110),
  (14, 205, 5, 1, 14, 'Cancelled',  '2024-02-10 16:00:00', 55),
  (15, 206, 1, 5, 15, 'Complete',   '2024-02-20 13:00:00', 120),
  (16, 207, 2, 4, 16, 'Returned',   '2024-03-01 10:00:00', 30),
  (17, 208, 3, 2, 17, 'Shipped',    '2024-03-10 17:00:00', 75),
  (18, 208, 3, 1, 18, 'Shipped',    '2024-03-10 17:00:00', 45),
  (19, 209, 5, 3, 19, 'Complete',   '2024-03-25 12:00:00', 18);
INSERT INTO reviews VALUES
  (1, 1, 1, '2024-01-15 10:00:00', 5, 'Great fit', 'Love them'),
  (2, 1, 3, '2024-02-01 10:00:00', 3, 'Okay', 'Fine'),
  (3, 2, 2, '2024-01-20 10:00:00', 4, 'Good', 'Solid jeans'),
  (4, 3, 1, '2023-06-01 10:00:00', 2, 'Thin', 'See-through'),
  (5, 3, 5, '2024-03-05 10:00:00', 4, 'Nice', 'Soft'),
  (6, 5, 4, '2024-02-25 10:00:00', 1, 'Fell apart', 'Seam split'),
  (7, 6, 2, '2024-01-10 10:00:00', 5, 'Warm', 'Cosy'),
  (8, 4, 4, '2024-03-20 10:00:00', 3, 'Meh', 'Shrank');
CREATE TABLE sales_lines (invoice VARCHAR, invoice_date TIMESTAMP, stock_code VARCHAR, description VARCHAR,
  qty INTEGER, price DOUBLE, line_total DOUBLE, customer VARCHAR, "Country Name" VARCHAR);
INSERT INTO sales_lines VALUES
  ('A1', '2024-01-03 10:00:00', 'P1', 'Mug',   2, 3.5, 7,   'c1', 'UK'),
  ('A1', '2024-01-03 10:00:00', 'P2', 'Plate', 1, 10,  10,  'c1', 'UK'),
  ('A2', '2024-01-20 11:00:00', 'P1', 'Mug',   4, 3.5, 14,  'c2', 'France'),
  ('A3', '2024-02-02 12:00:00', 'P3', 'Bowl',  3, 5,   15,  'c1', 'UK'),
  ('A4', '2024-02-15 13:00:00', 'P1', 'Mug',   1, 3.5, 3.5, 'c3', 'France');
`;

const plain = (value: unknown): FixtureValue => {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  throw new Error(`The fixture store does not convert ${typeof value} values.`);
};

export const openFixtureStore = async (): Promise<FixtureStore> => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(schema);
  await connection.run(data);
  return {
    query: async (sql) => {
      const reader = await connection.runAndReadAll(sql);
      return reader
        .getRowObjectsJS()
        .map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, plain(value)])));
    },
    run: async (sql) => {
      await connection.run(sql);
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
};
