import type { AnalysisPlanInput, PlanFilter } from '../../shared/contract/analysis-plan';
import type { ForecastGrain, ForecastLevel } from '../../shared/contract/forecast';
import { AisleError } from '../core/aisle-error';
import { asNumber, asText, has, runPlan } from '../explore/plan-rows';
import { compilePlan, type SemanticModel } from '../semantic';
import { addMonths } from '../semantic/periods';
import type { Warehouse } from '../warehouse/warehouse';
import { historyEnd, nextPeriod } from './forecast-periods';

/** One series to forecast: its member of the level and its values per complete period. */
export interface HistorySeries {
  key: string;
  label: string;
  /** Period starts, oldest first, no gaps (a period without sales is a zero). */
  ds: string[];
  y: number[];
}

/** The semantic dimension behind each level; the product level groups by name and keeps the id as key. */
const LEVEL_DIMENSION: Record<Exclude<ForecastLevel, 'total'>, string> = {
  department: 'department',
  category: 'category',
  product: 'product',
  region: 'region',
};

const keyColumn = (level: ForecastLevel): string | null =>
  level === 'total' ? null : level === 'product' ? 'product_id' : LEVEL_DIMENSION[level];

export interface SeriesQuery {
  measure: string;
  level: ForecastLevel;
  grain: ForecastGrain;
  /** Member keys to keep; empty means the biggest `top`. */
  members: readonly string[];
  top: number;
  /** The data's last day; a partial last period is left out. */
  lastDay: string;
}

const memberFilter = (model: SemanticModel, level: ForecastLevel, members: readonly string[]): PlanFilter[] => {
  const column = keyColumn(level);
  if (column === null || members.length === 0) return [];
  const def = model.dimensions.find((dimension) => dimension.id === column);
  const numeric = def?.kind === 'categorical' && def.valueType === 'number';
  if (numeric && members.some((member) => !/^-?\d+(?:\.\d+)?$/.test(member.trim()))) {
    const bad = members.find((member) => !/^-?\d+(?:\.\d+)?$/.test(member.trim())) ?? '';
    throw new AisleError(
      'invalid_input',
      `"${bad}" is not one of the ${level}s to forecast; choose it from the list of members.`,
      {
        field: 'members',
      },
    );
  }
  return [{ dimension: column, operator: 'in', values: members.map((member) => (numeric ? Number(member) : member)) }];
};

const requireLevel = (model: SemanticModel, level: ForecastLevel): void => {
  const column = keyColumn(level);
  if (column !== null && !has(model, 'dimension', column)) {
    throw new AisleError(
      'invalid_input',
      `This source has no ${level} to forecast by; try the total or another level.`,
      {
        field: 'level',
      },
    );
  }
};

/** Members of a level, biggest first by the measure over the last 12 months. */
export const rankMembers = async (
  warehouse: Warehouse,
  model: SemanticModel,
  query: Pick<SeriesQuery, 'measure' | 'level' | 'lastDay'>,
  limit: number | null,
): Promise<{ key: string; label: string }[]> => {
  if (query.level === 'total') return [{ key: 'total', label: 'Total' }];
  requireLevel(model, query.level);
  const dimension = LEVEL_DIMENSION[query.level];
  const end = historyEnd('day', query.lastDay);
  const rows = await runPlan(warehouse, model, {
    intent: 'ranking',
    measures: [query.measure],
    dimensions: [{ id: dimension, grain: null }],
    timeRange: { start: addMonths(end, -12), end },
    sort: { by: query.measure, direction: 'desc' },
    limit,
  });
  const key = keyColumn(query.level) ?? dimension;
  return rows.flatMap((row) => {
    const id = asText(row[key]);
    const label = asText(row[dimension]) ?? id;
    return id === null || label === null ? [] : [{ key: id, label }];
  });
};

/** The plan that reads the histories; also the SQL BigQuery forecasts from. */
export const historyPlan = (
  model: SemanticModel,
  query: SeriesQuery,
  members: readonly string[],
): AnalysisPlanInput => {
  requireLevel(model, query.level);
  return {
    intent: 'trend',
    measures: [query.measure],
    dimensions: [
      { id: 'date', grain: query.grain },
      ...(query.level === 'total' ? [] : [{ id: LEVEL_DIMENSION[query.level], grain: null }]),
    ],
    filters: memberFilter(model, query.level, members),
    timeRange: { start: '1900-01-01', end: historyEnd(query.grain, query.lastDay) },
  };
};

/**
 * GoogleSQL (or DuckDB SQL) returning `id`, `ds`, `y` for every series: what the BigQuery engines
 * read. Like `readHistories`, each series runs from its first sale to the last complete period
 * with the periods it sold nothing in as zeros: a missing row would be a gap the engines fill in
 * (ARIMA_PLUS interpolates) or step over, where for a shop it means no sales. The periods come
 * from the whole store's sales over the same range (a period in which nothing at all sold is
 * left out, as it is in the data).
 */
export const historySql = (
  model: SemanticModel,
  dialect: Warehouse['dialect'],
  query: SeriesQuery,
  members: readonly string[],
): string => {
  const quote = (name: string): string => (dialect === 'bigquery' ? `\`${name}\`` : `"${name}"`);
  const text = dialect === 'bigquery' ? 'STRING' : 'VARCHAR';
  const float = dialect === 'bigquery' ? 'FLOAT64' : 'DOUBLE';
  const compiled = compilePlan(historyPlan(model, query, members), model, dialect);
  const column = (id: string): string => compiled.columns.find((c) => c.id === id)?.name ?? id;
  const key = keyColumn(query.level);
  const id = key === null ? `'total'` : `CAST(${quote(column(key))} AS ${text})`;
  const store = compilePlan(historyPlan(model, { ...query, level: 'total' }, []), model, dialect);
  const storeDate = store.columns.find((c) => c.id === 'date')?.name ?? 'date';
  return `WITH sold AS (
SELECT ${id} AS id, CAST(${quote(column('date'))} AS DATE) AS ds, CAST(${quote(column(query.measure))} AS ${float}) AS y
FROM (
${compiled.sql}
) AS history
),
periods AS (
SELECT DISTINCT CAST(${quote(storeDate)} AS DATE) AS ds
FROM (
${store.sql}
) AS store
),
firsts AS (SELECT id, MIN(ds) AS first FROM sold GROUP BY id)
SELECT firsts.id AS id, periods.ds AS ds, COALESCE(sold.y, 0) AS y
FROM firsts
JOIN periods ON periods.ds >= firsts.first
LEFT JOIN sold ON sold.id = firsts.id AND sold.ds = periods.ds`;
};

/**
 * Each member's history per complete period, from its first sale to the data's last complete
 * period, with periods that sold nothing filled in as zeros.
 */
export const readHistories = async (
  warehouse: Warehouse,
  model: SemanticModel,
  query: SeriesQuery,
): Promise<HistorySeries[]> => {
  const ranked =
    query.members.length > 0
      ? null
      : await rankMembers(warehouse, model, query, query.level === 'total' ? null : query.top);
  const members = query.members.length > 0 ? query.members : (ranked ?? []).map((member) => member.key);
  const rows = await runPlan(warehouse, model, historyPlan(model, query, query.level === 'total' ? [] : members));
  const end = historyEnd(query.grain, query.lastDay);
  const key = keyColumn(query.level);
  const labelColumn = query.level === 'total' ? null : LEVEL_DIMENSION[query.level];
  const byMember = new Map<string, { label: string; values: Map<string, number> }>();
  for (const row of rows) {
    const member = key === null ? 'total' : asText(row[key]);
    const ds = asText(row['date'])?.slice(0, 10);
    if (member === null || ds === undefined) continue;
    const entry = byMember.get(member) ?? {
      label: labelColumn === null ? 'Total' : (asText(row[labelColumn]) ?? member),
      values: new Map<string, number>(),
    };
    entry.values.set(ds, (entry.values.get(ds) ?? 0) + (asNumber(row[query.measure]) ?? 0));
    byMember.set(member, entry);
  }
  const order = query.level === 'total' ? ['total'] : members;
  return order.flatMap((member) => {
    const entry = byMember.get(member);
    if (!entry) return [];
    const starts = [...entry.values.keys()].sort();
    const first = starts[0];
    if (first === undefined) return [];
    const ds: string[] = [];
    const y: number[] = [];
    for (let period = first; period < end; period = nextPeriod(query.grain, period)) {
      ds.push(period);
      y.push(entry.values.get(period) ?? 0);
    }
    return [{ key: member, label: entry.label, ds, y }];
  });
};
