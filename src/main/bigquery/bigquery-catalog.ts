import type { TableInfo } from '../warehouse/warehouse';
import type { ErrorContext } from './bigquery-errors';
import { BigQuerySession, type BigQueryAccessOptions } from './bigquery-session';
import { columnsOf } from './bigquery-values';
import {
  count,
  type DatasetList,
  type DatasetResource,
  type ProjectList,
  type TableList,
  type TableResource,
} from './rest-types';

export interface DatasetRef {
  projectId: string;
  datasetId: string;
}

export interface ProjectSummary {
  id: string;
  /** The friendly name, or the id when the project has none. */
  name: string;
}

export interface DatasetSummary extends DatasetRef {
  location: string;
}

/** Options for listing: a billing project is not needed (listing bills nothing). */
export type CatalogOptions = BigQueryAccessOptions & { billingProject?: string | undefined };

/** Page size for list calls: the API's maximum for datasets and tables is 1,000 per page. */
const LIST_PAGE = 1000;
/** tables.get calls in flight at once for one listing. */
const TABLE_CONCURRENCY = 8;

/** The client wants a default project even for calls outside any project (projects.list). */
const NO_PROJECT = 'aisle-no-project';

const catalogContext = (projectId: string, datasetId = ''): ErrorContext => ({
  billingProject: projectId,
  dataset: { projectId, datasetId },
  action: 'catalog',
});

/** Every page of a list call, following `nextPageToken`. */
const allPages = async <Page extends { nextPageToken?: string }>(
  fetchPage: (pageToken: string | undefined) => Promise<Page>,
): Promise<Page[]> => {
  const pages: Page[] = [];
  const seen = new Set<string>();
  let pageToken: string | undefined;
  do {
    const page = await fetchPage(pageToken);
    pages.push(page);
    pageToken = page.nextPageToken;
    // A token the API already gave would loop forever.
    if (pageToken !== undefined && seen.has(pageToken)) break;
    if (pageToken !== undefined) seen.add(pageToken);
  } while (pageToken);
  return pages;
};

/** The projects the signed-in account can see (BigQuery's projects.list), all pages, sorted by id. */
export const listProjects = async (options: CatalogOptions): Promise<ProjectSummary[]> => {
  const session = new BigQuerySession(options, options.billingProject ?? NO_PROJECT);
  try {
    const pages = await allPages((pageToken) =>
      session.call<ProjectList>({
        projectId: null,
        path: '/projects',
        qs: { maxResults: LIST_PAGE, pageToken },
      }),
    );
    return pages
      .flatMap((page) => page.projects ?? [])
      .flatMap((project) => {
        const id = project.projectReference?.projectId ?? project.id;
        return id ? [{ id, name: project.friendlyName ?? id }] : [];
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  } catch (error) {
    throw session.toError(error, catalogContext(options.billingProject ?? ''));
  }
};

/** The datasets of a project, with their locations, sorted by id. */
export const listDatasets = async (options: CatalogOptions, projectId: string): Promise<DatasetSummary[]> => {
  const session = new BigQuerySession(options, options.billingProject ?? projectId);
  try {
    const pages = await allPages((pageToken) =>
      session.call<DatasetList>({
        projectId,
        path: '/datasets',
        qs: { maxResults: LIST_PAGE, pageToken },
      }),
    );
    return pages
      .flatMap((page) => page.datasets ?? [])
      .flatMap((dataset) => {
        const datasetId = dataset.datasetReference?.datasetId;
        return datasetId
          ? [
              {
                projectId: dataset.datasetReference?.projectId ?? projectId,
                datasetId,
                location: dataset.location ?? '',
              },
            ]
          : [];
      })
      .sort((a, b) => a.datasetId.localeCompare(b.datasetId));
  } catch (error) {
    throw session.toError(error, catalogContext(projectId));
  }
};

/** Where a dataset lives (datasets.get); jobs that read it must run there. */
export const datasetLocation = async (
  session: BigQuerySession,
  dataset: DatasetRef,
  signal?: AbortSignal,
): Promise<string | null> => {
  const resource = await session.call<DatasetResource>(
    { projectId: dataset.projectId, path: `/datasets/${dataset.datasetId}` },
    signal,
  );
  return resource.location ?? null;
};

/** Runs `work` over `items` with at most `limit` at a time, keeping the order. */
const mapLimited = async <T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
};

/**
 * The tables (and views) of a dataset with their columns, row counts and sizes: tables.list
 * for the names, then tables.get for each (the list carries no schema), a few at a time.
 */
export const listDatasetTables = async (
  session: BigQuerySession,
  dataset: DatasetRef,
  signal?: AbortSignal,
): Promise<TableInfo[]> => {
  const pages = await allPages((pageToken) =>
    session.call<TableList>(
      {
        projectId: dataset.projectId,
        path: `/datasets/${dataset.datasetId}/tables`,
        qs: { maxResults: LIST_PAGE, pageToken },
      },
      signal,
    ),
  );
  const tableIds = pages
    .flatMap((page) => page.tables ?? [])
    .flatMap((table) => (table.tableReference?.tableId ? [table.tableReference.tableId] : []))
    .sort((a, b) => a.localeCompare(b));
  return mapLimited(tableIds, TABLE_CONCURRENCY, async (tableId): Promise<TableInfo> => {
    const table = await session.call<TableResource>(
      { projectId: dataset.projectId, path: `/datasets/${dataset.datasetId}/tables/${tableId}` },
      signal,
    );
    return {
      schema: dataset.datasetId,
      name: tableId,
      // Views have no stored rows.
      rowCount: count(table.numRows) ?? 0,
      columns: columnsOf(table.schema),
      sizeBytes: count(table.numBytes),
    };
  });
};
