import { z } from 'zod';

/**
 * Vertex AI's `responseJsonSchema` accepts JSON Schema but enforces only these keywords (the
 * GenerationConfig reference lists them); anything else is at best ignored, at worst a 400.
 */
const supported = new Set([
  '$id',
  '$defs',
  '$ref',
  '$anchor',
  'type',
  'format',
  'title',
  'description',
  'enum',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'anyOf',
  'properties',
  'additionalProperties',
  'required',
  'propertyOrdering',
]);

/** Keys whose value is a map of names to schemas, not a schema. */
const schemaMaps = new Set(['properties', '$defs']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sanitise = (schema: Json): Json => {
  if (Array.isArray(schema)) return schema.map(sanitise);
  if (!isObject(schema)) return schema;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'const') {
      // A literal ("kind": "plan") is a one-value enum to Vertex.
      out['enum'] = [value];
    } else if (key === 'oneOf') {
      // Vertex reads oneOf as anyOf; say so plainly.
      out['anyOf'] = sanitise(value);
    } else if (schemaMaps.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, sanitise(child)]));
    } else if (supported.has(key)) {
      out[key] = sanitise(value);
    }
  }
  // Gemini 2.5 writes properties in schema order; keep the discriminator first where there is one.
  const properties = out['properties'];
  if (properties !== undefined && isObject(properties)) out['propertyOrdering'] = Object.keys(properties);
  return out;
};

/**
 * A zod schema as the JSON schema Gemini's structured output is constrained to: every field
 * required (nullable where the schema allows null), literals as enums, and only the keywords
 * Vertex AI honours. Refinements zod cannot express (a filter's value count, dates in order)
 * are checked again when the answer is parsed with the same zod schema.
 */
export const toGeminiSchema = (schema: z.ZodType): Record<string, unknown> => {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', reused: 'inline' }) as Json;
  const clean = sanitise(json);
  return isObject(clean) ? clean : {};
};
