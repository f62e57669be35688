export { progressDetail } from './bigquery-job-progress';
export { BigQueryWarehouse, JOB_LABELS, type BigQueryWarehouseOptions } from './bigquery-warehouse';
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
