import type { AnalysisPlanInput } from '../../shared/contract/analysis-plan';
import { compilePlan, type SemanticModel } from '../semantic';
import type { CellValue, Warehouse } from '../warehouse/warehouse';

export const asText = (value: CellValue | undefined): string | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : String(value);
export const asNumber = (value: CellValue | undefined): number | null => {
  if (value === null || value === undefined || typeof value === 'object') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

export const has = (model: SemanticModel, kind: 'measure' | 'dimension', id: string): boolean =>
  kind === 'measure' ? model.measures.some((m) => m.id === id) : model.dimensions.some((d) => d.id === id);

/** Runs a plan and reads its rows by concept id (dimension or measure, and `<measure>_previous`). */
export const runPlan = async (
  warehouse: Warehouse,
  model: SemanticModel,
  plan: AnalysisPlanInput,
): Promise<Record<string, CellValue>[]> => {
  const compiled = compilePlan(plan, model, warehouse.dialect);
  const result = await warehouse.query(compiled.sql);
  const keys = compiled.columns.map((column) =>
    column.role === 'comparison' ? `${column.id}_${column.value}` : column.id,
  );
  return result.rows.map((row) => Object.fromEntries(keys.map((key, index) => [key, row[index] ?? null])));
};
