import { z } from 'zod';

/** Shared by cached results and history entries. 'interrupted': the writing process died. */
export const QueryStatus = z.enum(['running', 'complete', 'failed', 'cancelled', 'interrupted']);
export type QueryStatus = z.infer<typeof QueryStatus>;

export const toFlag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);
export const fromFlag = (value: number | null): boolean | null => (value === null ? null : value !== 0);
