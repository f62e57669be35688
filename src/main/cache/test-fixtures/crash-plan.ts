/** Shared by the crash writer and its test, so the test knows exactly which rows each result must hold. */
export const CRASH_PAGE_SIZE = 500;
export const CRASH_CHUNK = 100;

/** Between 3,000 and 3,999 rows: several full pages and (mostly) a partial last one. */
export const crashRowCount = (seed: number): number => 3_000 + ((seed * 137) % 1_000);
