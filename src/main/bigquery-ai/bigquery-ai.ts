/**
 * BigQuery AI: the templates of sql/bigquery run on a BigQuery warehouse, with their cost shown
 * first and their results cached on disk. Each task returns the shape of its local counterpart.
 *
 *   const ai = new BigQueryAi({ warehouse, settings, cachePath: join(dataDir, 'bigquery-ai.sqlite') });
 *   const estimate = await ai.estimate('sentiment', { productId: '42' }); // show, ask, then:
 *   const { rows } = await ai.run('sentiment', { productId: '42' });
 *
 * Identifiers (datasets, connection, models) are validated and inlined; every value is a query
 * parameter. Vertex AI bills its model calls separately from BigQuery's bytes: the estimate says
 * how many calls a task makes, not what they cost (that depends on the model and the tokens).
 */
import { z } from 'zod';
import { AisleError } from '../core/aisle-error';
import { readSqlFile } from '../platform/sql-files';
import { onDemandCostUsd } from '../query/estimate';
import type { ParamValue, QueryProgress, Row, Warehouse } from '../warehouse/warehouse';
import { AiResultCache, cacheKey } from './ai-result-cache';
import {
  BigQueryAiSettings,
  renderTemplate,
  templateValues,
  type BigQueryAiSettingsInput,
  type ValidSettings,
} from './identifiers';
import {
  parseAspects,
  parseEmbeddingsTable,
  parseImageAttributes,
  parseSearch,
  parseSentiment,
  parseSummary,
  rowObjects,
} from './parse-rows';
import { TaskInputs, taskLabels, taskTemplates, type AiTask, type AiTaskInput, type AiTaskOutput } from './tasks';

export interface BigQueryAiOptions {
  /** A BigQuery warehouse (BigQueryWarehouse); its billing project runs the jobs. */
  warehouse: Warehouse;
  /** Validated on every call, so a bad value fails there, before any request. */
  settings: BigQueryAiSettingsInput;
  /** The SQLite file results are kept in (e.g. `<data folder>/bigquery-ai.sqlite`). */
  cachePath: string;
  /** Sent as maximumBytesBilled on every job (the cost guard's hard limit). */
  maximumBytesBilled?: number;
  /** The text of a template under sql/bigquery/ (default: the shipped files). */
  readTemplate?: (name: string) => string;
  now?: () => number;
}

export interface AiEstimate {
  task: AiTask;
  /** What BigQuery's dry run says the task scans. */
  bytesProcessed: number;
  /** BigQuery's on-demand price for those bytes ($6.25/TiB); Vertex AI is billed on top. */
  costUsd: number;
  /** How many times the task calls the model (rows it sends to Vertex AI). */
  modelCalls: number;
  /** Characters sent to the model, where the estimate can tell (before tokenisation). */
  promptCharacters: number | null;
  /** Says, in words, what the numbers leave out. */
  note: string;
}

export interface AiRunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: QueryProgress) => void;
  /** Run on BigQuery even when the result is cached (the new result replaces it). */
  refresh?: boolean;
}

export interface AiRunResult<T> {
  rows: T;
  fromCache: boolean;
  /** What BigQuery billed for the run; 0 from the cache, null when the engine did not say. */
  bytesBilled: number | null;
}

interface Plan {
  sql: string;
  params: Record<string, ParamValue>;
  /** A query whose first row holds `model_calls` (and maybe `characters`). */
  countSql: string | null;
  /** What to dry-run for the bytes, when not `sql` itself. */
  estimateSql: string | null;
  /** Calls known without counting. */
  fixedModelCalls: number | null;
}

const VERTEX_NOTE =
  'Vertex AI bills the model calls separately, per call and per token of each prompt and answer, on the same project; this estimate counts the calls but does not price them.';

const CountRow = z.object({
  model_calls: z.coerce.number().int().min(0),
  characters: z.coerce.number().min(0).nullable().optional(),
});

const validationError = (error: z.ZodError): AisleError => {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  return new AisleError(
    'invalid_input',
    issue?.message ?? 'The BigQuery AI settings are not valid.',
    field ? { field } : undefined,
  );
};

/** BigQuery's "Not found: Table …" (the warehouse words it as "Table … was not found"). */
const isNotFound = (error: unknown): boolean =>
  error instanceof AisleError && (error.code === 'not_found' || /\bnot found\b/i.test(error.message));

const embeddingsTable = (settings: ValidSettings): string =>
  `${settings.workspace.projectId}.${settings.workspace.datasetId}.${settings.embeddingTable}`;

const missingEmbeddingsMessage = (settings: ValidSettings): string =>
  `Review search needs the review embeddings (table ${embeddingsTable(settings)}), which are not there yet. Create the review embeddings first; it shows its cost before it runs.`;

/** A hint for the failures people can fix themselves. */
const hintFor = (message: string): string => {
  if (
    /connection/i.test(message) &&
    /not found|does not exist|permission|denied|cannot be used|invalid/i.test(message)
  ) {
    return ' Check the connection in Settings > Google account, and that its service account has the Vertex AI User role (roles/aiplatform.user).';
  }
  if (/vertex|aiplatform|quota/i.test(message))
    return ' Check that the Vertex AI API is enabled in the project and has quota left.';
  return '';
};

export class BigQueryAi {
  readonly #warehouse: Warehouse;
  readonly #settings: BigQueryAiSettingsInput;
  readonly #cache: AiResultCache;
  readonly #maximumBytesBilled: number | undefined;
  readonly #readTemplate: (name: string) => string;
  readonly #now: () => number;

  constructor(options: BigQueryAiOptions) {
    if (options.warehouse.dialect !== 'bigquery') {
      throw new AisleError(
        'invalid_input',
        'BigQuery AI needs a BigQuery source; local sources use the local analysers.',
      );
    }
    this.#warehouse = options.warehouse;
    this.#settings = options.settings;
    this.#cache = new AiResultCache(options.cachePath);
    this.#maximumBytesBilled = options.maximumBytesBilled;
    this.#readTemplate = options.readTemplate ?? ((name) => readSqlFile(`bigquery/${name}`));
    this.#now = options.now ?? Date.now;
  }

  #validSettings(): ValidSettings {
    const parsed = BigQueryAiSettings.safeParse(this.#settings);
    if (!parsed.success) throw validationError(parsed.error);
    const { source, workspace, connection, ...rest } = parsed.data;
    return { source, workspace: workspace ?? source, connection: connection ?? '', ...rest };
  }

  #input<T extends AiTask>(task: T, input: AiTaskInput<T>): z.output<(typeof TaskInputs)[T]> {
    const parsed = TaskInputs[task].safeParse(input);
    if (!parsed.success) throw validationError(parsed.error);
    return parsed.data as z.output<(typeof TaskInputs)[T]>;
  }

  #render(name: string, settings: ValidSettings): string {
    return renderTemplate(this.#readTemplate(name), templateValues(settings));
  }

  #plan(task: AiTask, input: Record<string, unknown>, settings: ValidSettings): Plan {
    const sql = this.#render(taskTemplates[task], settings);
    const productParams = (): Record<string, ParamValue> => ({
      product_id: String(input['productId']),
      limit: Number(input['limit']),
    });
    switch (task) {
      case 'sentiment':
      case 'aspects':
      case 'summary':
        return {
          sql,
          params: productParams(),
          countSql: this.#render('count_reviews.sql', settings),
          estimateSql: null,
          fixedModelCalls: null,
        };
      case 'imageAttributes':
        return {
          sql,
          params: productParams(),
          countSql: this.#render('count_product_images.sql', settings),
          estimateSql: null,
          fixedModelCalls: null,
        };
      case 'createEmbeddings': {
        const estimateSql = this.#render('estimate_review_embeddings.sql', settings);
        return { sql, params: {}, countSql: estimateSql, estimateSql, fixedModelCalls: null };
      }
      case 'search':
        return {
          sql,
          params: { query: String(input['query']), limit: Number(input['limit']) },
          countSql: null,
          estimateSql: null,
          fixedModelCalls: 1,
        };
    }
  }

  #fail(task: AiTask, error: unknown): never {
    if (error instanceof AisleError) {
      if (error.code === 'invalid_input' && error.field !== undefined) throw error;
      if (error.code === 'cancelled') throw error;
      const message = `${taskLabels[task]} failed: ${error.message}`;
      throw new AisleError(error.code, `${message}${hintFor(error.message)}`, { cause: error });
    }
    if (error instanceof z.ZodError) {
      throw new AisleError(
        'invalid_output',
        `${taskLabels[task]}: BigQuery answered in a shape Aisle did not expect (${error.issues[0]?.message ?? 'unknown'}).`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }

  async #collect(
    sql: string,
    params: Record<string, ParamValue>,
    options: AiRunOptions,
  ): Promise<{ rows: Record<string, unknown>[]; bytesBilled: number | null }> {
    const stream = await this.#warehouse.stream(sql, {
      params,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(this.#maximumBytesBilled === undefined ? {} : { maximumBytesBilled: this.#maximumBytesBilled }),
    });
    const rows: Row[] = [];
    for await (const chunk of stream.chunks()) rows.push(...chunk);
    return { rows: rowObjects(stream.columns, rows), bytesBilled: stream.stats?.().bytesBilled ?? null };
  }

  /** What a task would scan and how many model calls it would make, without running it (a dry run and a count). */
  async estimate<T extends AiTask>(task: T, input: AiTaskInput<T>): Promise<AiEstimate> {
    const settings = this.#validSettings();
    const valid = this.#input(task, input) as Record<string, unknown>;
    const plan = this.#plan(task, valid, settings);
    try {
      const dry = await this.#warehouse.estimate(plan.estimateSql ?? plan.sql, plan.params);
      const bytesProcessed = dry.bytesProcessed ?? 0;
      let modelCalls = plan.fixedModelCalls ?? 0;
      let promptCharacters: number | null = task === 'search' ? String(valid['query']).length : null;
      if (plan.countSql !== null) {
        const { rows } = await this.#collect(plan.countSql, task === 'createEmbeddings' ? {} : plan.params, {});
        const counted = CountRow.parse(rows[0] ?? { model_calls: 0 });
        modelCalls = task === 'summary' ? Math.min(1, counted.model_calls) : counted.model_calls;
        promptCharacters = counted.characters ?? null;
      }
      return {
        task,
        bytesProcessed,
        costUsd: onDemandCostUsd(bytesProcessed),
        modelCalls,
        promptCharacters,
        note: VERTEX_NOTE,
      };
    } catch (error) {
      if (task === 'search' && isNotFound(error)) {
        throw new AisleError('not_found', missingEmbeddingsMessage(settings), { cause: error });
      }
      return this.#fail(task, error);
    }
  }

  /** Runs a task (or answers from the cache) and returns its rows in the local analysers' shape. */
  async run<T extends AiTask>(
    task: T,
    input: AiTaskInput<T>,
    options: AiRunOptions = {},
  ): Promise<AiRunResult<AiTaskOutput[T]>> {
    const settings = this.#validSettings();
    const valid = this.#input(task, input) as Record<string, unknown>;
    const plan = this.#plan(task, valid, settings);
    const dataset = `${settings.source.projectId}.${settings.source.datasetId}`;
    if (task === 'createEmbeddings') {
      return (await this.#createEmbeddings(plan, settings, dataset, options)) as AiRunResult<AiTaskOutput[T]>;
    }
    const key = cacheKey({ task, sql: plan.sql, params: plan.params, dataset });
    if (options.refresh !== true) {
      const cached = this.#cache.get(key);
      if (cached) return { rows: cached.value as AiTaskOutput[T], fromCache: true, bytesBilled: 0 };
    }
    try {
      const { rows, bytesBilled } = await this.#collect(plan.sql, plan.params, options);
      const value = this.#parse(task, rows, valid);
      this.#cache.set(key, { task, dataset, value, bytesBilled }, this.#now());
      return { rows: value as AiTaskOutput[T], fromCache: false, bytesBilled };
    } catch (error) {
      if (task === 'search' && isNotFound(error)) {
        throw new AisleError('not_found', missingEmbeddingsMessage(settings), { cause: error });
      }
      return this.#fail(task, error);
    }
  }

  #parse(task: AiTask, rows: Record<string, unknown>[], input: Record<string, unknown>): AiTaskOutput[AiTask] {
    switch (task) {
      case 'sentiment':
        return parseSentiment(rows);
      case 'aspects':
        return parseAspects(rows);
      case 'summary':
        return parseSummary(rows, String(input['productId']));
      case 'imageAttributes':
        return parseImageAttributes(rows);
      case 'search':
        return parseSearch(rows);
      case 'createEmbeddings':
        throw new Error('createEmbeddings is not parsed from rows');
    }
  }

  /** The one-click action: the remote model (if missing), then the embeddings table; searches cached before are forgotten. */
  async #createEmbeddings(
    plan: Plan,
    settings: ValidSettings,
    dataset: string,
    options: AiRunOptions,
  ): Promise<AiRunResult<AiTaskOutput['createEmbeddings']>> {
    const table = embeddingsTable(settings);
    try {
      const model = await this.#collect(this.#render('create_embedding_model.sql', settings), {}, options);
      const created = await this.#collect(plan.sql, {}, options);
      const counted = await this.#collect(this.#render('count_review_embeddings.sql', settings), {}, options);
      this.#cache.forget('search', dataset);
      const billed = [model.bytesBilled, created.bytesBilled, counted.bytesBilled];
      const bytesBilled = billed.every((bytes) => bytes === null)
        ? null
        : billed.reduce<number>((sum, bytes) => sum + (bytes ?? 0), 0);
      return { rows: parseEmbeddingsTable(counted.rows, table), fromCache: false, bytesBilled };
    } catch (error) {
      return this.#fail('createEmbeddings', error);
    }
  }

  /** Closes the cache file (the warehouse belongs to the caller). */
  close(): void {
    this.#cache.close();
  }
}
