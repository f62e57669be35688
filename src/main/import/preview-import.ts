import { resolve } from 'node:path';
import type { ImportPreview, SuggestedMapping } from '../../shared/contract/import';
import { inspectFile } from './inspect-file';
import { inspectSource, type InspectedSource } from './inspect-source';
import { withScratchDuckDb } from './scratch-duckdb';
import { readablePath } from './readable-path';
import { suggestMapping } from './suggest-mapping';

const PREVIEW_ROWS = 20;

/** What the person has to settle before importing, when the suggestion is not enough. */
const mappingWarnings = (suggested: SuggestedMapping): string[] => {
  const warnings: string[] = [];
  if (suggested.mapping.date === undefined) {
    warnings.push('Aisle found no column of dates. Choose the column that holds the date of each sale.');
  }
  const { quantity, unit_price, line_revenue } = suggested.mapping;
  if (quantity === undefined && unit_price === undefined && line_revenue === undefined) {
    warnings.push(
      'Aisle found no quantity, price or revenue column. Choose at least one, so there is something to measure.',
    );
  }
  if (line_revenue === undefined && (quantity === undefined || unit_price === undefined)) {
    if (quantity !== undefined || unit_price !== undefined) {
      warnings.push('Without both a quantity and a unit price (or a revenue column), Aisle cannot work out revenue.');
    }
  }
  return warnings;
};

const ambiguousDateWarnings = (source: InspectedSource): string[] =>
  source.columns.flatMap((column) =>
    column.dateFormat?.alternative
      ? [
          `The dates in "${column.name}" could be ${column.dateFormat.label} or ${column.dateFormat.alternative.label} (no day above 12 in the first rows); the import checks the whole file and says which it used.`,
        ]
      : [],
  );

/**
 * What Aisle finds in a file before importing it: the format, how the CSV is written, each
 * column's type and samples, the first rows and a suggested mapping onto retail concepts.
 */
export const previewImport = async (path: string): Promise<ImportPreview> => {
  const absolute = resolve(path);
  const file = inspectFile(absolute);
  const readable = readablePath(absolute);
  const source = await withScratchDuckDb({}, (connection) => inspectSource(connection, readable.path, file)).finally(
    readable.release,
  );
  const suggested = suggestMapping(
    source.columns.map((column) => column.name),
    source.rows,
  );
  const csv = source.format === 'csv' ? source : null;
  return {
    path: absolute,
    format: source.format,
    compression: csv?.compression ?? 'none',
    delimiter: csv?.dialect.delimiter ?? null,
    hasHeader: csv?.dialect.hasHeader ?? null,
    encoding: csv?.encoding ?? 'utf-8',
    encodingNotes: csv?.encodingNotes ?? [],
    columns: source.columns.map((column) => ({
      name: column.name,
      type: column.type,
      kind: column.kind,
      dateFormat: column.dateFormat?.label ?? null,
      samples: column.samples,
    })),
    rows: source.rows.slice(0, PREVIEW_ROWS),
    suggested,
    warnings: [...source.warnings, ...ambiguousDateWarnings(source), ...mappingWarnings(suggested)],
  };
};
