import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the SQL Aisle ships (`sql/` at the repository root). Found by walking up
 * from this module, which works from source (tests, tsx), from the build (out/main) and from
 * a packaged app (app.asar/out/main, with sql/ packed beside out/). `AISLE_SQL_DIR` overrides.
 */
export const sqlDir = (): string => {
  const override = process.env['AISLE_SQL_DIR'];
  if (override) return override;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, 'sql');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('Aisle could not find its sql/ folder; reinstall the app.');
    folder = parent;
  }
};

/** The text of one shipped SQL file, by its path under sql/ (e.g. `demo/01_products.sql`). */
export const readSqlFile = (relativePath: string): string => readFileSync(join(sqlDir(), relativePath), 'utf8');

/** The `.sql` files of one folder under sql/, sorted by name (so numbered files run in order). */
export const listSqlFiles = (folder: string): string[] =>
  readdirSync(join(sqlDir(), folder))
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => `${folder}/${name}`);
