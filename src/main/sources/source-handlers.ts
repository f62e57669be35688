import type { SourceList } from '../../shared/contract';
import { AisleError } from '../core/aisle-error';
import type { HandlerMap } from '../core/router';
import type { GoogleAccount } from '../google/google-account';
import type { SourceRegistry } from './source-registry';

const listOf = (registry: SourceRegistry): SourceList => ({ sources: registry.list(), activeId: 'demo' });

export const createSourceHandlers = (
  registry: SourceRegistry,
  account: GoogleAccount,
  /** Drops what other domains derived from a removed source. */
  onRemoved: (id: string) => Promise<void> = () => Promise.resolve(),
): HandlerMap<'sources.list' | 'sources.remove' | 'sources.addBigQuery' | 'sources.setCurrency'> => ({
  'sources.list': () => listOf(registry),
  'sources.remove': async ({ id }) => {
    await registry.remove(id);
    await onRemoved(id);
    return listOf(registry);
  },
  'sources.setCurrency': ({ id, currency }) => {
    registry.setCurrency(id, currency);
    return listOf(registry);
  },
  'sources.addBigQuery': async ({ projectId, datasetId }) => {
    // Looking the dataset up proves the person can see it and gives its location for every job.
    const dataset = (await account.datasets(projectId)).find((candidate) => candidate.datasetId === datasetId);
    if (!dataset) {
      throw new AisleError(
        'not_found',
        `Project ${projectId} has no dataset called ${datasetId} that your account can see. Check the name, or ask for BigQuery Data Viewer on it.`,
        { field: 'datasetId' },
      );
    }
    const ref = { projectId, datasetId, location: dataset.location };
    const source = registry.addBigQuery(ref);
    // A dataset in theLook's shape gets the retail model (Ask, Explore); listing its tables runs no job.
    const tables = await registry
      .warehouse(source.id)
      .then((warehouse) => warehouse.listTables())
      .then((list) => list.map((table) => table.name))
      .catch(() => []);
    if (tables.length > 0) registry.addBigQuery(ref, tables);
    return listOf(registry);
  },
});
