import { join } from 'node:path';
import type { JobProgress, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { ExploreAiResult } from '../../shared/contract/explore-ai';
import { BigQueryAi, taskLabels, type AiTask, type AiTaskInput } from '../bigquery-ai';
import { AisleError } from '../core/aisle-error';
import type { SourceRegistry } from '../sources/source-registry';
import type { Warehouse } from '../warehouse/warehouse';
import type { RemoteImages } from './remote-images';

export interface ExploreAiOptions {
  dataDir: string;
  sources: Pick<SourceRegistry, 'find' | 'warehouse' | 'bigQueryDataset'>;
  /** PROJECT.LOCATION.CONNECTION from Settings > Google account. */
  connection: () => string | null;
  maximumBytesBilled: () => number | undefined;
  images: Pick<RemoteImages, 'fetch' | 'rememberSignedUrl'>;
  onProgress?: (progress: JobProgress) => void;
}

type TaskRequest = MethodParsedInput<'explore.ai.estimate'>;

const IMAGE_DOWNLOADS_AT_ONCE = 6;

const taskInput = (request: TaskRequest): AiTaskInput<AiTask> => {
  switch (request.task) {
    case 'createEmbeddings':
      return {};
    case 'search':
      return { query: request.query ?? '' };
    default:
      return { productId: request.productId ?? '' };
  }
};

/**
 * The explorer's BigQuery AI actions on a BigQuery source: estimate first (bytes, dollars, model
 * calls), then run, with results cached on this computer. Local sources score reviews here
 * instead (sentiment, aspects, summary), which is why these refuse them with a pointer.
 */
export class ExploreAi {
  readonly #options: ExploreAiOptions;
  /**
   * One BigQueryAi per source and connection, replaced when a new sign-in opens a new warehouse.
   * A replaced one is closed only with the core: a task may still be running on it.
   */
  readonly #instances = new Map<string, { warehouse: Warehouse; ai: BigQueryAi }>();
  readonly #retired: BigQueryAi[] = [];

  constructor(options: ExploreAiOptions) {
    this.#options = options;
  }

  async #ai(sourceId: string): Promise<BigQueryAi> {
    const source = this.#options.sources.find(sourceId);
    const dataset = this.#options.sources.bigQueryDataset(source.id);
    if (dataset === null) {
      throw new AisleError(
        'invalid_input',
        `${source.name} is a local source: its reviews are scored on this computer (sentiment, aspects and the summary above). BigQuery AI runs on BigQuery sources.`,
        { field: 'sourceId' },
      );
    }
    const warehouse = await this.#options.sources.warehouse(source.id);
    const connection = this.#options.connection();
    const key = `${source.id}\u0000${connection ?? ''}`;
    const current = this.#instances.get(key);
    if (current?.warehouse === warehouse) return current.ai;
    if (current) this.#retired.push(current.ai);
    const maximumBytesBilled = this.#options.maximumBytesBilled();
    const ai = new BigQueryAi({
      warehouse,
      settings: { source: { projectId: dataset.projectId, datasetId: dataset.datasetId }, connection },
      cachePath: join(this.#options.dataDir, 'bigquery-ai.sqlite'),
      ...(maximumBytesBilled === undefined ? {} : { maximumBytesBilled }),
    });
    this.#instances.set(key, { warehouse, ai });
    return ai;
  }

  async estimate(request: TaskRequest): Promise<MethodOutput<'explore.ai.estimate'>> {
    const ai = await this.#ai(request.sourceId);
    const estimate = await ai.estimate(request.task, taskInput(request));
    return {
      task: request.task,
      label: taskLabels[request.task],
      bytesProcessed: estimate.bytesProcessed,
      costUsd: estimate.costUsd,
      modelCalls: estimate.modelCalls,
      note: estimate.note,
    };
  }

  /** Tasks running under a caller's job id, so `cancel` can stop them. */
  readonly #running = new Map<string, AbortController>();

  /** Stops the task running under this job id (BigQuery cancels its job); false when none is. */
  cancel(jobId: string): boolean {
    const running = this.#running.get(jobId);
    running?.abort(new AisleError('cancelled', 'The BigQuery AI task was cancelled.'));
    return running !== undefined;
  }

  async run(request: MethodParsedInput<'explore.ai.run'>): Promise<MethodOutput<'explore.ai.run'>> {
    const progress = (stage: string, state: JobProgress['state']): void => {
      if (request.jobId) this.#options.onProgress?.({ jobId: request.jobId, stage, fraction: null, state });
    };
    // Registered before anything is awaited, so a Stop that arrives at once still finds the run.
    const controller = new AbortController();
    if (request.jobId) this.#running.set(request.jobId, controller);
    progress(taskLabels[request.task], 'running');
    try {
      const ai = await this.#ai(request.sourceId);
      controller.signal.throwIfAborted();
      const run = await ai.run(request.task, taskInput(request), {
        refresh: request.refresh,
        signal: controller.signal,
      });
      const result = await this.#result(request.task, run.rows, run.fromCache);
      progress(taskLabels[request.task], 'done');
      return { result, fromCache: run.fromCache, bytesBilled: run.bytesBilled };
    } catch (error) {
      if (controller.signal.aborted) {
        progress(taskLabels[request.task], 'cancelled');
        throw new AisleError(
          'cancelled',
          `${taskLabels[request.task]} was cancelled. BigQuery may still bill the work its job did before it stopped.`,
        );
      }
      progress(taskLabels[request.task], 'failed');
      throw error;
    } finally {
      if (request.jobId && this.#running.get(request.jobId) === controller) this.#running.delete(request.jobId);
    }
  }

  /** The task's rows in the contract's shape; image rows also download their pictures for offline use. */
  async #result(task: AiTask, rows: unknown, fromCache: boolean): Promise<ExploreAiResult> {
    switch (task) {
      case 'sentiment':
        return { task, rows: rows as Extract<ExploreAiResult, { task: 'sentiment' }>['rows'] };
      case 'aspects':
        return { task, rows: rows as Extract<ExploreAiResult, { task: 'aspects' }>['rows'] };
      case 'summary':
        return { task, summary: rows as Extract<ExploreAiResult, { task: 'summary' }>['summary'] };
      case 'createEmbeddings': {
        const table = rows as { table: string; rows: number };
        return { task, table: table.table, rows: table.rows };
      }
      case 'search':
        return { task, hits: rows as Extract<ExploreAiResult, { task: 'search' }>['hits'] };
      case 'imageAttributes': {
        const images = rows as {
          productId: string;
          uri: string;
          view: string | null;
          accessUrl: string | null;
          description: string;
          garment: string | null;
          colour: string | null;
          pattern: string | null;
        }[];
        const withFiles: Extract<ExploreAiResult, { task: 'imageAttributes' }>['rows'] = [];
        // A few downloads at a time: a run can return hundreds of images.
        for (let start = 0; start < images.length; start += IMAGE_DOWNLOADS_AT_ONCE) {
          const batch = images.slice(start, start + IMAGE_DOWNLOADS_AT_ONCE);
          withFiles.push(
            ...(await Promise.all(
              batch.map(async ({ accessUrl, ...image }) => {
                // A cached run's signed links have likely expired; the sign-in reads those objects.
                if (accessUrl !== null && !fromCache) this.#options.images.rememberSignedUrl(image.uri, accessUrl);
                const cachedImage = await this.#options.images.fetch(image.uri).then(
                  () => true,
                  () => false,
                );
                return { ...image, cachedImage };
              }),
            )),
          );
        }
        return { task, rows: withFiles };
      }
    }
  }

  /** Closes every instance (the core is stopping, or the session changed and no task may outlive it). */
  close(): void {
    for (const { ai } of this.#instances.values()) ai.close();
    for (const ai of this.#retired) ai.close();
    this.#instances.clear();
    this.#retired.length = 0;
  }
}
