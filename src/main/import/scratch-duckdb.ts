import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/**
 * A throwaway in-memory DuckDB for looking at a file (sniffing, sampling) without touching
 * any data source; closed whatever happens.
 */
export const withScratchDuckDb = async <T>(
  config: Record<string, string>,
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> => {
  const instance = await DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
};
