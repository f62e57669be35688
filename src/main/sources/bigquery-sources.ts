import type { DataSource } from '../../shared/contract';
import { AisleError } from '../core/aisle-error';

/** A BigQuery dataset a source reads; `location` is looked up on first use when unknown. */
export interface BigQueryDatasetRef {
  projectId: string;
  datasetId: string;
  location: string | null;
}

/** How the command line names any dataset: `bq:PROJECT.DATASET`. */
export const BIGQUERY_PREFIX = 'bq:';

const PROJECT = /^[a-z][a-z0-9.:-]{4,62}$/;
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;

/** Parses `bq:PROJECT.DATASET`; the project may itself contain a dot or colon (domain-scoped projects). */
export const parseBigQueryName = (name: string): BigQueryDatasetRef => {
  const body = name.slice(BIGQUERY_PREFIX.length);
  const dot = body.lastIndexOf('.');
  const projectId = body.slice(0, dot);
  const datasetId = body.slice(dot + 1);
  if (dot < 1 || !PROJECT.test(projectId) || !DATASET.test(datasetId)) {
    throw new AisleError(
      'invalid_input',
      `"${name}" is not a BigQuery dataset name. Write it as bq:PROJECT.DATASET, for example bq:my-project.sales.`,
      { field: 'source' },
    );
  }
  return { projectId, datasetId, location: null };
};

/** The source that stands for a dataset: id `bq:PROJECT.DATASET`, so the CLI name and the id agree. */
export const bigQuerySourceOf = (ref: BigQueryDatasetRef): DataSource => ({
  id: `${BIGQUERY_PREFIX}${ref.projectId}.${ref.datasetId}`,
  name: `${ref.projectId}.${ref.datasetId}`,
  kind: 'bigquery',
  description: `BigQuery dataset ${ref.projectId}.${ref.datasetId}${ref.location ? ` (${ref.location})` : ''}. Queries bill to your billing project.`,
  // A dataset does not say what its money is in; the person chooses in Settings.
  currency: null,
});

/** Google's public theLook eCommerce dataset, built in with its semantic model. */
export const THELOOK_SOURCE: { source: DataSource; ref: BigQueryDatasetRef } = {
  source: {
    id: 'thelook',
    name: 'theLook',
    kind: 'bigquery',
    builtIn: true,
    currency: 'USD',
    description:
      "Google's public theLook eCommerce dataset on BigQuery (bigquery-public-data.thelook_ecommerce). Needs a Google sign-in; queries bill to your billing project.",
  },
  ref: { projectId: 'bigquery-public-data', datasetId: 'thelook_ecommerce', location: 'US' },
};
