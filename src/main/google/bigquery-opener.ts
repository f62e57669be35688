import { BigQueryWarehouse } from '../bigquery/bigquery-warehouse';
import type { BigQueryOpener } from '../sources/source-registry';
import type { BigQueryDatasetRef } from '../sources/bigquery-sources';
import type { GoogleAccount } from './google-account';

/** Opens a BigQuery dataset as a warehouse with the current session and billing project. */
export const createBigQueryOpener = (account: GoogleAccount): BigQueryOpener => {
  const open = (ref: BigQueryDatasetRef): BigQueryWarehouse => {
    // Fail now, with the sign-in message, rather than on the first query.
    account.auth.client();
    return new BigQueryWarehouse({
      ...account.bigQueryAccess(),
      billingProject: account.billingProject(),
      dataset: { projectId: ref.projectId, datasetId: ref.datasetId },
      ...(ref.location ? { location: ref.location } : {}),
    });
  };
  return {
    open: (ref) => {
      try {
        return Promise.resolve(open(ref));
      } catch (error) {
        // A missing sign-in or billing project arrives as a rejection, like any failed open.
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
};
