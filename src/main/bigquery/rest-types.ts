import type { ErrorProto } from './bigquery-errors';
import type { RestRow, RestSchema } from './bigquery-values';

/**
 * The parts of BigQuery's REST resources Aisle reads. Every field is optional: they are
 * parsed JSON from the network. 64-bit numbers arrive as strings.
 */

export interface JobReference {
  projectId?: string;
  jobId?: string;
  location?: string;
}

export interface JobStatus {
  /** PENDING, RUNNING or DONE. */
  state?: string;
  errorResult?: ErrorProto;
  errors?: ErrorProto[];
}

export interface JobStatistics {
  totalBytesProcessed?: string;
  totalSlotMs?: string;
  query?: {
    totalBytesProcessed?: string;
    totalBytesBilled?: string;
    cacheHit?: boolean;
    statementType?: string;
    totalSlotMs?: string;
  };
}

export interface JobResource {
  jobReference?: JobReference;
  status?: JobStatus;
  statistics?: JobStatistics;
}

export interface QueryResultsResponse {
  jobReference?: JobReference;
  jobComplete?: boolean;
  schema?: RestSchema;
  rows?: RestRow[];
  totalRows?: string;
  pageToken?: string;
  totalBytesProcessed?: string;
  cacheHit?: boolean;
}

export interface ProjectList {
  projects?: { id?: string; projectReference?: { projectId?: string }; friendlyName?: string }[];
  nextPageToken?: string;
}

export interface DatasetList {
  datasets?: { datasetReference?: { projectId?: string; datasetId?: string }; location?: string }[];
  nextPageToken?: string;
}

export interface DatasetResource {
  datasetReference?: { projectId?: string; datasetId?: string };
  location?: string;
}

export interface TableList {
  tables?: { tableReference?: { projectId?: string; datasetId?: string; tableId?: string }; type?: string }[];
  nextPageToken?: string;
}

export interface TableResource {
  tableReference?: { projectId?: string; datasetId?: string; tableId?: string };
  type?: string;
  schema?: RestSchema;
  numRows?: string;
  numBytes?: string;
}

/** A 64-bit count from the API as a number (null when absent). */
export const count = (value: string | number | undefined | null): number | null => {
  if (value === undefined || value === null || value === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
};
