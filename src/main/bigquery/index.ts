export { BigQueryWarehouse, JOB_LABELS, progressDetail, type BigQueryWarehouseOptions } from './bigquery-warehouse';
export {
  datasetLocation,
  listDatasets,
  listProjects,
  type CatalogOptions,
  type DatasetRef,
  type DatasetSummary,
  type ProjectSummary,
} from './bigquery-catalog';
export { isAuthFailure, toAisleError } from './bigquery-errors';
export type { BigQueryAccessOptions } from './bigquery-session';
export type { RetryOptions } from './retry';
export {
  publishDemoStore,
  type PublishDemoOptions,
  type PublishDemoResult,
  type PublishedTable,
  type PublishProgress,
} from './publish-demo';
