import type { SemanticModel } from '../../semantic';
import { GeminiReply } from './gemini-reading';
import { toGeminiSchema } from './gemini-schema';

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const propertiesOf = (schema: unknown): Schema | null => {
  if (!isSchema(schema)) return null;
  const properties = schema['properties'];
  return isSchema(properties) ? properties : null;
};

/** The non-null branch of a nullable (`anyOf: [X, {type: null}]`), or the schema itself. */
const nonNull = (schema: unknown): unknown => {
  if (!isSchema(schema) || !Array.isArray(schema['anyOf'])) return schema;
  return (schema['anyOf'] as unknown[]).find((branch) => isSchema(branch) && branch['type'] !== 'null') ?? schema;
};

const itemsOf = (schema: unknown): unknown => (isSchema(schema) ? schema['items'] : undefined);

/** Narrows a string schema to these values, in place. */
const only = (schema: unknown, values: readonly string[]): void => {
  if (isSchema(schema) && values.length > 0) schema['enum'] = [...values];
};

/** Every plan object in the schema: the plan branch's and each clarify option's. */
const plans = (schema: unknown, found: Schema[] = []): Schema[] => {
  if (Array.isArray(schema)) {
    for (const item of schema) plans(item, found);
  } else if (isSchema(schema)) {
    const properties = propertiesOf(schema);
    if (properties && 'intent' in properties && 'measures' in properties) found.push(properties);
    for (const value of Object.values(schema)) plans(value, found);
  }
  return found;
};

/**
 * The reading schema for one source: GeminiReply's JSON schema with every id field narrowed to
 * the model's own ids, so structured output cannot name a measure or dimension the model lacks.
 * (The answer is still resolved against the model afterwards: the schema is a guide, the check is the rule.)
 */
export const readingSchemaFor = (model: SemanticModel): Schema => {
  const schema = toGeminiSchema(GeminiReply);
  const measures = model.measures.filter((measure) => !measure.hidden).map((measure) => measure.id);
  const dimensions = model.dimensions.map((dimension) => dimension.id);
  const categorical = model.dimensions.filter((dimension) => dimension.kind === 'categorical').map((d) => d.id);
  for (const plan of plans(schema)) {
    only(itemsOf(plan['measures']), measures);
    only(propertiesOf(itemsOf(plan['dimensions']))?.['id'], dimensions);
    only(propertiesOf(itemsOf(plan['filters']))?.['dimension'], categorical);
    only(propertiesOf(nonNull(plan['sort']))?.['by'], [...measures, ...dimensions]);
  }
  return schema;
};
