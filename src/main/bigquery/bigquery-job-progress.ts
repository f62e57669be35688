import type { QueryProgress } from '../warehouse/warehouse';
import { formatBytes } from '../../shared/format/bytes';
import { JobFailedError } from './bigquery-errors';
import { formatSlotTime } from './format-slot-time';
import { count, type JobResource } from './rest-types';

/** A job that ended with `status.errorResult`, with what its statistics say it ran. */
export const failedJob = (jobId: string, job: JobResource): JobFailedError =>
  new JobFailedError(jobId, job.status?.errorResult ?? {}, job.statistics?.query?.statementType);

/** "Running · 1.2 GB processed · 3 s of slot time", from what jobs.get reports so far. */
export const progressDetail = (job: JobResource): string => {
  const state = job.status?.state;
  const parts = [state === 'PENDING' ? 'Queued' : state === 'DONE' ? 'Finishing' : 'Running'];
  const bytes = count(job.statistics?.query?.totalBytesProcessed ?? job.statistics?.totalBytesProcessed);
  if (bytes !== null) parts.push(`${formatBytes(bytes)} processed`);
  const slotMs = count(job.statistics?.totalSlotMs ?? job.statistics?.query?.totalSlotMs);
  if (slotMs !== null && slotMs > 0) parts.push(`${formatSlotTime(slotMs)} of slot time`);
  return parts.join(' \u00b7 ');
};

export const progressOf = (job: JobResource, elapsedMs: number): QueryProgress => ({
  fraction: null,
  rowsProduced: 0,
  elapsedMs,
  detail: progressDetail(job),
});
