/**
 * The identifiers BigQuery AI templates inline (project.dataset, connection, endpoint, model and
 * table names): BigQuery takes them only as literals or paths, never as query parameters, so each
 * is checked against a strict pattern before it goes into SQL. Values people type (product ids,
 * search questions, limits) never come here: they travel as query parameters.
 */
import { z } from 'zod';

/** Project ids: 6 to 30 lowercase letters, digits and hyphens, starting with a letter. */
export const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
/** Dataset, table and model names: letters, digits and underscores. */
export const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,1023}$/;
/** A connection as PROJECT.LOCATION.CONNECTION (e.g. `my-shop.us.vertex-ai`). */
export const CONNECTION_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]\.[A-Za-z][A-Za-z0-9-]{1,30}\.[A-Za-z0-9_-]{1,256}$/;
/** A Vertex AI model name used as an endpoint (e.g. `gemini-2.5-flash`, `text-embedding-005`). */
export const ENDPOINT = /^[a-z0-9][a-z0-9.-]{0,62}$/;

export const NO_CONNECTION_MESSAGE =
  'Set a BigQuery connection (PROJECT.LOCATION.CONNECTION) in Settings > Google account to use BigQuery AI.';

const datasetRef = (what: string) =>
  z.object({
    projectId: z.string().regex(PROJECT_ID, `The ${what} project id is not a valid Google Cloud project id.`),
    datasetId: z.string().regex(NAME, `The ${what} dataset name may hold only letters, digits and underscores.`),
  });

export const BigQueryAiSettings = z.object({
  /** Where `reviews` and `product_images` live. */
  source: datasetRef('source'),
  /** Where Aisle may create the embedding model and table; the source dataset when absent. */
  workspace: datasetRef('workspace').optional(),
  /** PROJECT.LOCATION.CONNECTION of a Cloud resource connection whose service account may use Vertex AI. */
  connection: z
    .string()
    .nullable()
    .optional()
    .refine((value) => value !== null && value !== undefined && value.trim() !== '', NO_CONNECTION_MESSAGE)
    .refine(
      (value) => value === null || value === undefined || CONNECTION_ID.test(value),
      'The BigQuery connection must look like PROJECT.LOCATION.CONNECTION, e.g. my-shop.us.vertex-ai.',
    ),
  textEndpoint: z
    .string()
    .regex(ENDPOINT, 'The Gemini model name may hold only lowercase letters, digits, dots and hyphens.')
    .default('gemini-2.5-flash'),
  embeddingEndpoint: z
    .string()
    .regex(ENDPOINT, 'The embedding model name may hold only lowercase letters, digits, dots and hyphens.')
    .default('text-embedding-005'),
  embeddingModel: z
    .string()
    .regex(NAME, 'The embedding model name may hold only letters, digits and underscores.')
    .default('aisle_review_embedding_model'),
  embeddingTable: z
    .string()
    .regex(NAME, 'The embeddings table name may hold only letters, digits and underscores.')
    .default('aisle_review_embeddings'),
});
export type BigQueryAiSettingsInput = z.input<typeof BigQueryAiSettings>;

/** Settings after validation: every identifier has passed its pattern. */
export interface ValidSettings {
  source: { projectId: string; datasetId: string };
  workspace: { projectId: string; datasetId: string };
  connection: string;
  textEndpoint: string;
  embeddingEndpoint: string;
  embeddingModel: string;
  embeddingTable: string;
}

/** Anything that may be inlined: the union of the patterns above, checked once more at render time. */
const INLINE_SAFE = /^[A-Za-z0-9_.-]+$/;

/**
 * Replaces `{{name}}` placeholders with validated identifiers. Throws on a placeholder without
 * a value or a value that is not identifier-shaped (a programming error: settings are validated first).
 */
export const renderTemplate = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{\{([a-z_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`BigQuery AI template placeholder {{${name}}} has no value`);
    if (!INLINE_SAFE.test(value)) throw new Error(`BigQuery AI template value for {{${name}}} is not an identifier`);
    return value;
  });

/** The placeholder values of validated settings. */
export const templateValues = (settings: ValidSettings): Record<string, string> => ({
  source: `${settings.source.projectId}.${settings.source.datasetId}`,
  workspace: `${settings.workspace.projectId}.${settings.workspace.datasetId}`,
  connection: settings.connection,
  text_endpoint: settings.textEndpoint,
  embedding_endpoint: settings.embeddingEndpoint,
  embedding_model: settings.embeddingModel,
  embedding_table: settings.embeddingTable,
});
