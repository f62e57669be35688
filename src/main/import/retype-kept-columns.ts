import type { DuckDBConnection } from '@duckdb/node-api';
import type { LoadPlan } from './load-plan';
import { sqlIdentifier } from './sql-text';

/**
 * Gives kept CSV columns the type their first rows suggested (numbers, dates, true/false),
 * but only when every value in the table fits, so no value turns into NULL. Returns the
 * columns that changed, with their new type.
 */
export const retypeKeptColumns = async (connection: DuckDBConnection, plan: LoadPlan): Promise<Map<string, string>> => {
  const candidates = plan.kept.flatMap((column) =>
    column.retype ? [{ name: column.name, retype: column.retype }] : [],
  );
  const retyped = new Map<string, string>();
  if (candidates.length === 0) return retyped;
  const checks = candidates.map((column, index) => {
    const name = sqlIdentifier(column.name);
    return `count(*) FILTER (${name} IS NOT NULL AND ${column.retype.convert(name)} IS NULL)::DOUBLE AS c${index}`;
  });
  const reader = await connection.runAndReadAll(`SELECT ${checks.join(', ')} FROM sales`);
  const misfits = reader.getRowObjectsJson()[0] ?? {};
  for (const [index, column] of candidates.entries()) {
    if (misfits[`c${index}`] !== 0) continue;
    const name = sqlIdentifier(column.name);
    await connection.run(
      `ALTER TABLE sales ALTER COLUMN ${name} SET DATA TYPE ${column.retype.type} USING ${column.retype.convert(name)}`,
    );
    retyped.set(column.name, column.retype.type);
  }
  return retyped;
};
