import type { JobProgress, MethodOutput, MethodParsedInput } from '../../shared/contract';
import { publishDemoStore } from '../bigquery/publish-demo';
import { AisleError } from '../core/aisle-error';
import type { HandlerMap } from '../core/router';
import type { SourceRegistry } from '../sources/source-registry';
import { DuckDbWarehouse } from '../warehouse/duckdb-warehouse';
import type { GoogleAccount } from './google-account';

export const PUBLISH_JOB_ID = 'demo-publish';

export interface PublishDemoDeps {
  account: GoogleAccount;
  sources: SourceRegistry;
  onProgress: (progress: JobProgress) => void;
}

/**
 * "Publish the demo store to my dataset": the demo tables go to BigQuery with load jobs, so
 * BigQuery's AI functions can be tried on the same reviews and products; the dataset then
 * becomes a source. One publication at a time; progress under job id `demo-publish`.
 */
export const createPublishDemoHandlers = (deps: PublishDemoDeps): HandlerMap<'demo.publish'> => {
  let running = false;

  const publish = async (input: MethodParsedInput<'demo.publish'>): Promise<MethodOutput<'demo.publish'>> => {
    const emit = (progress: Omit<JobProgress, 'jobId'>): void =>
      deps.onProgress({ jobId: PUBLISH_JOB_ID, ...progress });
    const warehouse = await deps.sources.warehouse('demo');
    // The demo file is open in this process already; DuckDB allows one instance per file, so share it.
    if (!(warehouse instanceof DuckDbWarehouse))
      throw new AisleError('internal', 'The demo store is not a DuckDB file.');
    const target = { projectId: input.projectId, datasetId: input.datasetId, location: input.location };
    emit({ stage: 'Preparing the dataset', fraction: 0, state: 'running' });
    try {
      const published = await publishDemoStore({
        connect: () => warehouse.connect(),
        target,
        ...deps.account.bigQueryAccess(),
        onProgress: ({ table, index, total, stage }) =>
          emit({
            stage:
              stage === 'exporting'
                ? `Exporting ${table}`
                : stage === 'uploading'
                  ? `Uploading ${table}`
                  : `Loaded ${table}`,
            fraction: (index + (stage === 'done' ? 1 : stage === 'uploading' ? 0.5 : 0)) / total,
            state: 'running',
          }),
      });
      const source = deps.sources.addBigQuery(
        { ...target, location: published.location },
        published.tables.map((table) => table.name),
        // The demo store's prices are US dollars wherever its tables go.
        'USD',
      );
      emit({
        stage: 'Published',
        fraction: 1,
        state: 'done',
        message: `${published.tables.length} tables in ${source.name}`,
      });
      return { source, tables: published.tables, note: published.locationNote };
    } catch (error) {
      emit({
        stage: 'Publishing failed',
        fraction: null,
        state: 'failed',
        message: error instanceof AisleError ? error.message : 'See the log.',
      });
      throw error;
    }
  };

  return {
    'demo.publish': async (input) => {
      deps.account.auth.client();
      if (running)
        throw new AisleError('unavailable', 'The demo store is being published already; wait for it to finish.');
      running = true;
      try {
        return await publish(input);
      } finally {
        running = false;
      }
    },
  };
};
