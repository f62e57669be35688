import { AisleError } from '../core/aisle-error';
import type { DimensionDef, MeasureDef, SemanticModel } from './model';

/** "Average_Order-Value " and "average order value" are the same name. */
export const normaliseName = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace(/\s*%/g, ' %')
    .trim();

const matches = (concept: { id: string; label: string; synonyms: readonly string[] }, wanted: string): boolean =>
  [concept.id, concept.label, ...concept.synonyms].some((name) => normaliseName(name) === wanted);

const find = <T extends { id: string; label: string; synonyms: readonly string[] }>(
  concepts: readonly T[],
  name: string,
): T | undefined => {
  const wanted = normaliseName(name);
  // An exact id wins over a synonym of something else.
  return concepts.find((concept) => normaliseName(concept.id) === wanted) ?? concepts.find((c) => matches(c, wanted));
};

/** A measure by id, label or synonym, ignoring case, spaces, underscores and hyphens. */
export const findMeasure = (model: SemanticModel, name: string): MeasureDef | undefined => find(model.measures, name);

/** A dimension by id, label or synonym, ignoring case, spaces, underscores and hyphens. */
export const findDimension = (model: SemanticModel, name: string): DimensionDef | undefined =>
  find(model.dimensions, name);

const listOf = (ids: readonly string[]): string => ids.join(', ');

export const requireMeasure = (model: SemanticModel, name: string, field?: string): MeasureDef => {
  const measure = findMeasure(model, name);
  if (measure) return measure;
  const offered = model.measures.filter((candidate) => !candidate.hidden).map((candidate) => candidate.id);
  throw new AisleError(
    'invalid_input',
    `The measure "${name}" is not known for this source. Try: ${listOf(offered)}.`,
    field === undefined ? undefined : { field },
  );
};

export const requireDimension = (model: SemanticModel, name: string, field?: string): DimensionDef => {
  const dimension = findDimension(model, name);
  if (dimension) return dimension;
  throw new AisleError(
    'invalid_input',
    `The dimension "${name}" is not known for this source. Try: ${listOf(model.dimensions.map((d) => d.id))}.`,
    field === undefined ? undefined : { field },
  );
};
