import { formatBytes, formatUsd } from '../../shared/format/bytes';
import { AisleError } from '../core/aisle-error';
import { estimateQuery } from '../query/estimate';
import { readCostGuard } from '../settings/cost-guard-handlers';
import type { Row, RunStats } from '../warehouse/warehouse';
import { createCliCore } from './cli-core';
import { formatCsv, formatTable, type OutputFormat } from './format-result';

export interface SqlCommandOptions {
  source: string;
  format: OutputFormat;
  /** Run a BigQuery query whose estimate is over the "ask first" amount of Settings > Query cost. */
  yes: boolean;
}

const costLine = (stats: RunStats | null): string => {
  if (!stats || stats.bytesProcessed === null) return '';
  const billed = stats.bytesBilled === null ? '' : `, ${formatBytes(stats.bytesBilled)} billed`;
  return `, ${formatBytes(stats.bytesProcessed)} processed${billed}${stats.cacheHit === true ? ' (cached result)' : ''}`;
};

/** `aisle sql "…"`: runs one statement on a source; rows to stdout in the chosen format. */
export const runSql = async (sql: string, options: SqlCommandOptions): Promise<void> => {
  const core = createCliCore();
  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGINT', cancel);
  try {
    const source = core.sources.find(options.source);
    if (source.kind === 'bigquery') await core.google.auth.restore();
    const warehouse = await core.sources.warehouse(source.id);
    const guard = readCostGuard(core.cache);
    if (warehouse.dialect === 'bigquery') {
      // Free, and what a careful analyst checks first: bytes and money before anything runs.
      const estimate = await estimateQuery(warehouse, sql);
      if (estimate.bytesProcessed !== null) {
        const money = estimate.costUsd === null ? '' : ` (${formatUsd(estimate.costUsd)} at on-demand prices)`;
        process.stderr.write(`This query will process ${formatBytes(estimate.bytesProcessed)}${money}.\n`);
        if (estimate.bytesProcessed > guard.confirmAboveBytes && !options.yes) {
          throw new AisleError(
            'invalid_input',
            `That is over the ${formatBytes(guard.confirmAboveBytes)} Settings > Query cost asks to confirm. Run it again with --yes to go ahead.`,
          );
        }
      }
    }
    const started = performance.now();
    const stream = await warehouse.stream(sql, {
      signal: controller.signal,
      maximumBytesBilled: guard.maximumBytesBilled,
    });
    const rows: Row[] = [];
    for await (const chunk of stream.chunks()) rows.push(...chunk);
    const elapsedMs = Math.round(performance.now() - started);
    const stats = stream.stats?.() ?? null;
    const rowCount = rows.length;
    switch (options.format) {
      case 'json':
        process.stdout.write(
          `${JSON.stringify({
            columns: stream.columns,
            rows,
            rowCount,
            elapsedMs,
            ...(stats
              ? { bytesProcessed: stats.bytesProcessed, bytesBilled: stats.bytesBilled, cacheHit: stats.cacheHit }
              : {}),
          })}\n`,
        );
        break;
      case 'csv':
        process.stdout.write(formatCsv(stream.columns, rows));
        break;
      case 'table':
        process.stdout.write(formatTable(stream.columns, rows));
        process.stderr.write(
          `${rowCount.toLocaleString('en-US')} row${rowCount === 1 ? '' : 's'} in ${elapsedMs} ms${costLine(stats)}\n`,
        );
        break;
    }
  } finally {
    process.off('SIGINT', cancel);
    await core.stop();
  }
};
