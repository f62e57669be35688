export type KindFilter = 'all' | 'sql' | 'forecast' | 'explore';

export const kindFilters: { value: KindFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'sql', label: 'SQL & answers' },
  { value: 'forecast', label: 'Forecasts' },
  { value: 'explore', label: 'Explorer views' },
];

/** The `reports.list` input for the library's controls. */
export const listInput = (
  search: string,
  tag: string | null,
  kind: KindFilter,
): { search: string; tag?: string; kind?: string } => ({
  search: search.trim(),
  ...(tag === null ? {} : { tag }),
  ...(kind === 'all' ? {} : { kind }),
});

/** Words for a report's kind on its badge. */
export const kindLabel = (kind: string): string =>
  kind === 'sql'
    ? 'SQL'
    : kind === 'forecast'
      ? 'Forecast'
      : kind === 'explore'
        ? 'Explorer view'
        : kind.charAt(0).toUpperCase() + kind.slice(1);

/**
 * Where an arrow key moves focus in a grid of `count` cards laid out `columns` to a row; null
 * when the key is not a move (or would leave the grid).
 */
export const gridMove = (index: number, key: string, count: number, columns: number): number | null => {
  const across = Math.max(1, columns);
  const target =
    key === 'ArrowRight'
      ? index + 1
      : key === 'ArrowLeft'
        ? index - 1
        : key === 'ArrowDown'
          ? index + across
          : key === 'ArrowUp'
            ? index - across
            : key === 'Home'
              ? 0
              : key === 'End'
                ? count - 1
                : null;
  if (target === null || count === 0) return null;
  if (key === 'ArrowDown' && target >= count) {
    // Down from the last full row lands on the last card when the row below is short.
    return index < count - 1 && Math.floor(index / across) < Math.floor((count - 1) / across) ? count - 1 : null;
  }
  return target >= 0 && target < count ? target : null;
};

/** Cards to a row, from the cards' top edges: the first row's length. */
export const columnsFromTops = (tops: readonly number[]): number => {
  const first = tops[0];
  if (first === undefined) return 1;
  const inRow = tops.findIndex((top) => Math.abs(top - first) > 2);
  return inRow < 0 ? tops.length : inRow;
};
