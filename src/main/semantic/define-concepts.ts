import type { TimeGrain } from '../../shared/contract/analysis-plan';
import { dimensionConcepts, hiddenMeasures, measureConcepts, type DimensionId, type MeasureId } from './concepts';
import type {
  Aggregation,
  AggregateMeasure,
  CategoricalDimension,
  DimensionValueType,
  RatioMeasure,
  TimeDimension,
} from './model';
import type { SqlExpr } from './sql-expr';

/** Helpers that give a model's measures and dimensions the shared names and synonyms. */

const measureBase = (id: MeasureId) => {
  const concept = measureConcepts[id];
  return {
    id,
    label: concept.label,
    description: concept.description,
    format: concept.format,
    synonyms: concept.synonyms,
    hidden: hiddenMeasures.has(id),
  };
};

export const aggregateMeasure = (
  id: MeasureId,
  spec: { fact: string; aggregation: Aggregation; expression: SqlExpr; filter?: SqlExpr },
): AggregateMeasure => ({
  ...measureBase(id),
  kind: 'aggregate',
  fact: spec.fact,
  aggregation: spec.aggregation,
  expression: spec.expression,
  filter: spec.filter ?? null,
});

export const ratioMeasure = (id: MeasureId, numerator: MeasureId, denominator: MeasureId): RatioMeasure => ({
  ...measureBase(id),
  kind: 'ratio',
  numerator,
  denominator,
});

export const categoricalDimension = (
  id: DimensionId,
  expression: SqlExpr,
  options: { valueType?: DimensionValueType; key?: DimensionId } = {},
): CategoricalDimension => ({
  id,
  label: dimensionConcepts[id].label,
  description: dimensionConcepts[id].description,
  synonyms: dimensionConcepts[id].synonyms,
  kind: 'categorical',
  expression,
  valueType: options.valueType ?? 'string',
  key: options.key ?? null,
});

export const dateDimension = (defaultGrain: TimeGrain = 'month'): TimeDimension => ({
  id: 'date',
  label: dimensionConcepts.date.label,
  description: dimensionConcepts.date.description,
  synonyms: dimensionConcepts.date.synonyms,
  kind: 'time',
  defaultGrain,
});
