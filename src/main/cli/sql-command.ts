import { createCliCore } from './cli-core';
import { formatCsv, formatTable, type OutputFormat } from './format-result';

export interface SqlCommandOptions {
  source: string;
  format: OutputFormat;
}

/** `aisle sql "…"`: runs one statement on a source; rows to stdout in the chosen format. */
export const runSql = async (sql: string, options: SqlCommandOptions): Promise<void> => {
  const core = createCliCore();
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGINT', cancel);
  try {
    const warehouse = await core.sources.warehouse(options.source);
    const result = await warehouse.query(sql, { signal: controller.signal });
    const rowCount = result.rows.length;
    switch (options.format) {
      case 'json':
        process.stdout.write(
          `${JSON.stringify({ columns: result.columns, rows: result.rows, rowCount, elapsedMs: Math.round(result.elapsedMs) })}\n`,
        );
        break;
      case 'csv':
        process.stdout.write(formatCsv(result.columns, result.rows));
        break;
      case 'table':
        process.stdout.write(formatTable(result.columns, result.rows));
        process.stderr.write(
          `${rowCount.toLocaleString('en-US')} row${rowCount === 1 ? '' : 's'} in ${Math.round(result.elapsedMs)} ms\n`,
        );
        break;
    }
  } finally {
    process.off('SIGINT', cancel);
    await core.stop();
  }
};
