import { importConcepts, type ImportConcept, type ImportResult } from '../../shared/contract/import';
import { normaliseName } from './concept-synonyms';
import type { FlagColumn } from './output-names';

/** What the semantic layer needs to model an imported source (see modelFromMapping in src/main/semantic). */
export interface ImportedSourceHints {
  id: string;
  label: string;
  /** Where the rows are: the `sales` table of the source's DuckDB file. */
  table: readonly string[];
  /** Concept -> column of `sales`; each concept is stored under its own name. */
  columns: Partial<Record<ImportConcept, string>>;
  concepts: ImportConcept[];
  dateType: 'timestamp';
  /** Product codes are kept as text (85123A, 00123). */
  productIdType: 'string';
  /** Where revenue comes from: a mapped column, quantity × unit price, or nowhere. */
  revenue: 'column' | 'computed' | 'none';
  /** What the region concept holds, judged from the file's column name. */
  regionLevel: 'country' | 'region' | 'store' | null;
  /** Flag columns of `sales`, with what a true value means. */
  flags: ReadonlyArray<{ column: FlagColumn; meaning: string }>;
}

const flagMeanings: ReadonlyArray<{ column: FlagColumn; meaning: string }> = [
  {
    column: 'is_cancellation',
    meaning:
      'A cancellation or return (order id starting with C, or a negative quantity with a price); kept so revenue nets out.',
  },
  { column: 'is_zero_price', meaning: 'A unit price of zero or less (free items, write-offs, bad-debt adjustments).' },
  {
    column: 'is_non_product',
    meaning: 'Not merchandise: postage, fees, manual corrections, discounts, samples, gift vouchers.',
  },
];

const regionLevel = (column: string | undefined): ImportedSourceHints['regionLevel'] => {
  if (column === undefined) return null;
  const words = normaliseName(column).split(' ');
  if (words.includes('country')) return 'country';
  if (['store', 'shop', 'branch', 'outlet', 'location', 'site'].some((word) => words.includes(word))) return 'store';
  return 'region';
};

/** The model hints for an imported source: which concepts its `sales` table has, and its flags. */
export const describeImportedSource = (result: ImportResult): ImportedSourceHints => {
  const { mapping } = result;
  const computed =
    mapping.line_revenue === undefined && mapping.quantity !== undefined && mapping.unit_price !== undefined;
  const concepts = importConcepts.filter(
    (concept) => mapping[concept] !== undefined || (concept === 'line_revenue' && computed),
  );
  return {
    id: result.source.id,
    label: result.source.name,
    table: [result.table],
    columns: Object.fromEntries(concepts.map((concept) => [concept, concept])),
    concepts,
    dateType: 'timestamp',
    productIdType: 'string',
    revenue: mapping.line_revenue !== undefined ? 'column' : computed ? 'computed' : 'none',
    regionLevel: regionLevel(mapping.region),
    flags: flagMeanings,
  };
};
