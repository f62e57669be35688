/**
 * Rows kept of one result. Generous for a grid or an export, yet a runaway `SELECT *` over a
 * huge table stops here instead of filling the disk (5 million rows of a dozen columns is
 * roughly 350 MB of cache).
 */
export const MAX_RESULT_ROWS = 5_000_000;

/** `1 row`, `1,000,000 rows`. */
export const formatRows = (count: number): string => `${count.toLocaleString('en-US')} ${count === 1 ? 'row' : 'rows'}`;

/** Said with a complete result that reached the limit. */
export const rowLimitNote = (maxRows: number): string =>
  `Aisle keeps at most ${formatRows(maxRows)} of a result and this one reached that limit, so any rows after it were not kept. Add a filter, an aggregation or a LIMIT to get what you need within it.`;
