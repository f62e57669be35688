import type { ReportComparison } from '../../../../shared/contract/reports';

export type ChangeTone = 'up' | 'down' | 'same' | 'new' | 'gone' | 'none';

export interface ChangeCell {
  before: number | null;
  after: number | null;
  /** after − before; null when either side is missing. */
  delta: number | null;
  /** delta ÷ |before|; null when before is missing or zero. */
  fraction: number | null;
  tone: ChangeTone;
}

export interface ComparisonRow {
  id: string;
  key: string[];
  cells: ChangeCell[];
  /** In the later version only. */
  added: boolean;
}

export const changeCell = (before: number | null, after: number | null): ChangeCell => {
  if (before === null && after === null) return { before, after, delta: null, fraction: null, tone: 'none' };
  if (before === null) return { before, after, delta: null, fraction: null, tone: 'new' };
  if (after === null) return { before, after, delta: null, fraction: null, tone: 'gone' };
  const delta = after - before;
  // Float noise (0.1 + 0.2) is not a change.
  const same = Math.abs(delta) <= 1e-9 * Math.max(1, Math.abs(before));
  return {
    before,
    after,
    delta: same ? 0 : delta,
    fraction: before === 0 ? null : same ? 0 : delta / Math.abs(before),
    tone: same ? 'same' : delta > 0 ? 'up' : 'down',
  };
};

export type ComparisonSort = 'table' | 'change';

/** The comparison as rows of cells; "change" puts the largest moves of the first measure first. */
export const comparisonRows = (comparison: ReportComparison, sort: ComparisonSort = 'table'): ComparisonRow[] => {
  const rows = comparison.rows.map((row, index) => ({
    id: `${index}:${row.key.join('\u0001')}`,
    key: row.key,
    cells: comparison.measures.map((_, at) => changeCell(row.before[at] ?? null, row.after[at] ?? null)),
    added: row.before.every((value) => value === null) && row.after.some((value) => value !== null),
  }));
  if (sort === 'table') return rows;
  const size = (row: ComparisonRow): number => {
    const cell = row.cells[0];
    if (!cell) return -1;
    if (cell.fraction !== null) return Math.abs(cell.fraction);
    return cell.tone === 'new' || cell.tone === 'gone' ? Number.POSITIVE_INFINITY : -1;
  };
  return [...rows].sort((a, b) => size(b) - size(a));
};

export interface ComparisonSummary {
  matched: number;
  changed: number;
  added: number;
  removed: number;
  /** Each measure's total before and after, over the rows in both versions. */
  totals: { measure: string; cell: ChangeCell }[];
}

export const comparisonSummary = (comparison: ReportComparison): ComparisonSummary => {
  const rows = comparisonRows(comparison);
  const matched = rows.filter((row) => !row.added);
  return {
    matched: matched.length,
    changed: matched.filter((row) => row.cells.some((cell) => cell.tone === 'up' || cell.tone === 'down')).length,
    added: comparison.added,
    removed: comparison.removed,
    totals: comparison.measures.map((measure, at) => {
      let before = 0;
      let after = 0;
      let any = false;
      for (const row of matched) {
        const cell = row.cells[at];
        if (cell?.before == null || cell.after == null) continue;
        before += cell.before;
        after += cell.after;
        any = true;
      }
      return { measure, cell: any ? changeCell(before, after) : changeCell(null, null) };
    }),
  };
};

const signedPercent = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const signedNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });

/** The change in words for its cell: "+1,204 (+12.3%)", "new", "gone", "no change". */
export const changeText = (cell: ChangeCell): string => {
  switch (cell.tone) {
    case 'new':
      return 'new';
    case 'gone':
      return 'gone';
    case 'none':
      return '–';
    case 'same':
      return 'no change';
    default: {
      const delta = signedNumber.format(cell.delta ?? 0);
      return cell.fraction === null ? delta : `${delta} (${signedPercent.format(cell.fraction)})`;
    }
  }
};

/** Which versions to compare first: the one before the latest, and the latest. */
export const defaultPair = (versions: readonly number[]): { before: number; after: number } | null => {
  const sorted = [...versions].sort((a, b) => a - b);
  const after = sorted.at(-1);
  const before = sorted.at(-2);
  return after === undefined || before === undefined ? null : { before, after };
};

/**
 * Picking versions to compare: a click adds a version; with two picked, a third replaces the
 * older pick. Clicking a picked version unpicks it. The pair always reads earlier → later.
 */
export const pickVersion = (picked: readonly number[], version: number): number[] => {
  if (picked.includes(version)) return picked.filter((value) => value !== version);
  const next = picked.length >= 2 ? [picked[1] ?? version, version] : [...picked, version];
  return next;
};

export const orderedPair = (picked: readonly number[]): { before: number; after: number } | null => {
  const [a, b] = picked;
  if (a === undefined || b === undefined || a === b) return null;
  return { before: Math.min(a, b), after: Math.max(a, b) };
};
