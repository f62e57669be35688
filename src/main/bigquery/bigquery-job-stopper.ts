import type { BigQuery } from '@google-cloud/bigquery';
import type { RestRequest } from './bigquery-client';
import { problemOf } from './bigquery-errors';
import type { BigQuerySession } from './bigquery-session';
import { untilAborted } from './retry';
import type { JobReference, JobResource } from './rest-types';

/** How long a cancelled job is watched for BigQuery to confirm it stopped. */
const CANCEL_CONFIRM_MS = 30_000;
const CANCEL_POLL_MS = 250;
/** How long a failed run spends asking BigQuery to cancel its job before it reports the failure. */
const CANCEL_AFTER_FAILURE_MS = 5_000;

export type JobRef = Required<Pick<JobReference, 'jobId'>> & JobReference;

/** A job whose insert was sent and which Aisle has not seen end: failures and close() cancel it. */
export interface RunningJob {
  reference: JobRef;
  /** The last insert request, settled or not: a cancel must not overtake it. */
  inserting: Promise<unknown>;
  /** The client that sent the insert: the credentials that started the job may stop it. */
  client: BigQuery;
  /** The cancel under way, shared by all who ask for it (the run, close()). */
  cancelling: Promise<void> | null;
}

/**
 * Whether a failed insert may still have started its job: the request may have reached BigQuery
 * and only the answer was lost (a network failure, a 5xx). A 4xx is BigQuery's refusal.
 */
export const mayHaveStarted = (error: unknown): boolean => {
  const problem = problemOf(error);
  return problem?.kind === 'network' || (problem?.kind === 'http' && (problem.status ?? 0) >= 500);
};

export const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface JobStopperDeps {
  session: BigQuerySession;
  billingProject: string;
  pollMs: number;
  /** jobs.get as the warehouse polls it (partial response), with a given client. */
  getJob: (reference: JobReference, signal?: AbortSignal, client?: BigQuery) => Promise<JobResource>;
}

/** Stops BigQuery jobs a warehouse started: for a cancelled run, a failed run, or close(). */
export class JobStopper {
  readonly #deps: JobStopperDeps;

  constructor(deps: JobStopperDeps) {
    this.#deps = deps;
  }

  /**
   * Cancels a job once, however many ask (a cancelled run, a failed run, close()). `confirm`
   * (the person asked to stop, or the warehouse closes) then watches the job until it is DONE;
   * after a failure the cancel is only asked for, briefly. Runs after the caller's signal fired
   * (or without one), so it has its own deadline. Never throws: failures are logged.
   */
  cancel(job: RunningJob, confirm: boolean): Promise<void> {
    job.cancelling ??= this.#stopJob(job, confirm);
    return job.cancelling;
  }

  async #stopJob(job: RunningJob, confirm: boolean): Promise<void> {
    const deadline = AbortSignal.timeout(confirm ? CANCEL_CONFIRM_MS : CANCEL_AFTER_FAILURE_MS);
    try {
      // A cancel that overtook the insert would find no job and leave the job running.
      await untilAborted(job.inserting, deadline);
      const client = await this.#requestCancel(job, deadline);
      if (!confirm) return;
      for (;;) {
        const state = await this.#deps.getJob(job.reference, deadline, client);
        if (state.status?.state === 'DONE') return;
        await untilAborted(sleepFor(Math.min(CANCEL_POLL_MS, this.#deps.pollMs)), deadline);
      }
    } catch (error) {
      // 404: the insert never reached BigQuery, so nothing runs. Anything else is only logged:
      // the person asked to stop (or the run had failed already), and that is what they see.
      const problem = problemOf(error);
      if (problem?.status !== 404) {
        this.#deps.session.log(
          `Could not ${confirm ? 'confirm that' : 'ask that'} BigQuery job ${job.reference.jobId} ${confirm ? 'was' : 'be'} cancelled: ${problem?.message ?? (error instanceof Error ? error.message : String(error))}`,
        );
      }
    }
  }

  /**
   * jobs.cancel, with the client that inserted the job: after a sign-out (or a switch of
   * account) its credentials may still be valid, and they are the ones allowed to stop the job.
   * When they are refused, the current credentials try. Resolves with the client that got through.
   */
  async #requestCancel(job: RunningJob, deadline: AbortSignal): Promise<BigQuery> {
    const request: RestRequest = {
      method: 'POST',
      projectId: job.reference.projectId ?? this.#deps.billingProject,
      path: `/jobs/${job.reference.jobId}/cancel`,
      qs: { location: job.reference.location },
    };
    try {
      await this.#deps.session.call(request, deadline, job.client);
      return job.client;
    } catch (error) {
      const current = this.#deps.session.currentClient();
      if (problemOf(error)?.kind !== 'auth' || current === null || current === job.client) throw error;
      await this.#deps.session.call(request, deadline, current);
      return current;
    }
  }
}
