/** A place in SQL text, 1-based, counting columns in UTF-16 code units as Monaco does. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Offsets where each line starts. `\r\n`, `\r` and `\n` each end a line, as in Monaco and DuckDB. */
export const lineStarts = (sql: string): number[] => {
  const starts = [0];
  for (let at = 0; at < sql.length; at += 1) {
    const char = sql[at];
    if (char === '\r' && sql[at + 1] === '\n') at += 1;
    if (char === '\r' || char === '\n') starts.push(at + 1);
  }
  return starts;
};

/** The line and column of `offset`, given the line starts of its text (see `lineStarts`). */
export const lineColumnIn = (starts: readonly number[], offset: number): LineColumn => {
  // Binary search for the last line starting at or before the offset.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
};

export const lineColumnAt = (sql: string, offset: number): LineColumn => lineColumnIn(lineStarts(sql), offset);

/** The text of line `line` (1-based) without its line break, or null past the last line. */
export const lineText = (sql: string, line: number): string | null => {
  const starts = lineStarts(sql);
  const start = starts[line - 1];
  if (start === undefined) return null;
  const next = starts[line];
  const text = sql.slice(start, next ?? sql.length);
  return text.replace(/\r\n$|\r$|\n$/, '');
};
