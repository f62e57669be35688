import Database from 'better-sqlite3';
import type { DuckDbWarehouse } from '../src/main/warehouse/duckdb-warehouse';

const tables = {
  products: ['id INTEGER PRIMARY KEY', 'category TEXT', 'name TEXT', 'department TEXT'],
  users: ['id INTEGER PRIMARY KEY', 'country TEXT'],
  order_items: [
    'id INTEGER PRIMARY KEY',
    'order_id INTEGER',
    'user_id INTEGER',
    'product_id INTEGER',
    'status TEXT',
    'created_at TEXT',
    'sale_price REAL',
  ],
} as const;

/** Copies the columns the analyses read into a SQLite file, with the indexes a careful user would add. */
export const copyToSqlite = async (source: DuckDbWarehouse, path: string): Promise<Database.Database> => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  for (const [table, columns] of Object.entries(tables)) {
    db.exec(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (${columns.join(', ')})`);
    const names = columns.map((column) => column.split(' ')[0]);
    const insert = db.prepare(`INSERT INTO ${table} VALUES (${names.map(() => '?').join(', ')})`);
    const stream = await source.stream(`SELECT ${names.join(', ')} FROM ${table}`);
    for await (const chunk of stream.chunks()) {
      db.transaction(() => {
        for (const row of chunk) insert.run(...(row as (string | number | null)[]));
      })();
    }
  }
  db.exec(
    'CREATE INDEX order_items_created ON order_items (created_at); CREATE INDEX order_items_product ON order_items (product_id); ANALYZE',
  );
  return db;
};
