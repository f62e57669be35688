import { AisleError } from '../core/aisle-error';

/** What a service that keeps copies for offline use is told about Google's reachability. */
export interface Reachability {
  /** Whether Google is reachable as last checked. */
  online?: () => boolean;
  /** Checks now whether Google is reachable. */
  recheck?: () => Promise<boolean>;
}

/** Whether the last check found Google unreachable (no check given: never offline). */
export const isOffline = (reach: Reachability): boolean => reach.online?.() === false;

/**
 * After a failed read: whether what was kept may stand in. Only a failure that is not about the
 * request itself, and only when Google is unreachable when checked again: BigQuery's own
 * refusals (access, quota, the cost limit) are shown as themselves.
 */
export const mayServeKept = async (reach: Reachability, error: unknown): Promise<boolean> => {
  if (error instanceof AisleError && ['cancelled', 'invalid_input', 'not_found'].includes(error.code)) return false;
  if (reach.recheck) return !(await reach.recheck().catch(() => true));
  return isOffline(reach);
};

/**
 * Keeping a copy for offline use must never cost the person the result they just read (a full
 * disk, a read-only data folder): the copy is best effort.
 */
export const keepBestEffort = (keep: () => void): void => {
  try {
    keep();
  } catch {
    // Nothing kept this time; the next successful read tries again.
  }
};
