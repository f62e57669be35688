/** The import engine: a CSV (also .csv.gz) or Parquet file becomes a local DuckDB data source. */
export { previewImport } from './preview-import';
export { importFile, type ImportOptions, type ImportProgress } from './import-file';
export { suggestMapping, type SampleRow } from './suggest-mapping';
export { describeImportedSource, type ImportedSourceHints } from './describe-imported-source';
export { importedSourcePath, slugOf } from './source-file';
export { FLAG_COLUMNS, type FlagColumn } from './output-names';
