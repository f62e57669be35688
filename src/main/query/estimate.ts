import type { QueryEstimate } from '../../shared/contract';
import { findNamedParams, replaceNamedParams, splitStatements, type SqlDialect } from '../../shared/sql';
import { AisleError } from '../core/aisle-error';
import type { ParamValue, Warehouse } from '../warehouse/warehouse';

/** BigQuery's on-demand price per TiB processed (US multi-region, 2026). */
export const ON_DEMAND_USD_PER_TIB = 6.25;
const TIB = 2 ** 40;

/**
 * What BigQuery would charge on demand for scanning `bytes`. An estimate: BigQuery also bills at
 * least 10 MiB per table a query reads, and a cached result costs nothing.
 */
export const onDemandCostUsd = (bytes: number): number => (bytes / TIB) * ON_DEMAND_USD_PER_TIB;

const costUsd = (dialect: SqlDialect, bytes: number | null): number | null => {
  switch (dialect) {
    case 'duckdb':
      // Local work costs nothing.
      return null;
    case 'bigquery':
      return bytes === null ? null : onDemandCostUsd(bytes);
  }
};

/**
 * What running `sql` would involve, without running it. DuckDB cannot plan a statement whose
 * parameters have no values, so they are planned as NULL; the row estimate would then describe
 * a different query and is left out.
 */
export const estimateQuery = async (
  warehouse: Warehouse,
  sql: string,
  params?: Record<string, ParamValue>,
): Promise<QueryEstimate> => {
  const count = splitStatements(sql, warehouse.dialect).length;
  if (count !== 1) {
    throw new AisleError(
      'invalid_input',
      count === 0
        ? 'There is no statement to estimate: the text holds only comments.'
        : `Estimate one statement at a time (this text has ${count}).`,
      { field: 'sql' },
    );
  }
  const hasParams = findNamedParams(sql, warehouse.dialect).length > 0;
  const planned = hasParams && warehouse.dialect === 'duckdb' ? replaceNamedParams(sql, 'duckdb', () => 'NULL') : sql;
  const estimate = await (params && warehouse.dialect === 'bigquery'
    ? warehouse.estimate(planned, params)
    : warehouse.estimate(planned));
  return {
    statementType: estimate.statementType,
    readOnly: estimate.readOnly,
    estimatedRows: hasParams ? null : estimate.estimatedRows,
    bytesProcessed: estimate.bytesProcessed,
    costUsd: costUsd(warehouse.dialect, estimate.bytesProcessed),
    problem: null,
  };
};

/**
 * The editor's live estimate: text that does not parse yet is normal while typing, so the
 * engine's objection comes back as `problem` instead of a failed call.
 */
export const tentativeEstimate = async (
  warehouse: Warehouse,
  sql: string,
  params?: Record<string, ParamValue>,
): Promise<QueryEstimate> => {
  try {
    return await estimateQuery(warehouse, sql, params);
  } catch (error) {
    if (!(error instanceof AisleError) || error.code !== 'invalid_input') throw error;
    return {
      statementType: 'UNKNOWN',
      readOnly: true,
      estimatedRows: null,
      bytesProcessed: null,
      costUsd: null,
      problem: error.message,
    };
  }
};
