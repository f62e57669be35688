import { once } from 'node:events';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cache } from '../cache';
import { AisleError } from '../core/aisle-error';
import type { CellValue } from '../warehouse/warehouse';
import { csvLine } from './csv-text';

export type ExportFormat = 'csv' | 'xlsx';

/** Excel's sheet limit; larger results are cut there and the export says so. */
export const XLSX_MAX_ROWS = 1_048_575;
const BATCH = 5_000;

export interface ExportOutcome {
  path: string;
  fileName: string;
  rows: number;
  bytes: number;
  truncated: boolean;
}

const exportsDir = (dataDir: string): string => join(dataDir, 'exports');

const safeName = (text: string): string =>
  text
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'result';

/** A spreadsheet cell: numbers and booleans as such, nested values as JSON text. */
const xlsxCell = (value: CellValue | undefined): string | number | boolean | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
};

/** Reads `limit` rows from `offset`: a page of whatever table is being written. */
export type ReadRows = (offset: number, limit: number) => readonly (readonly CellValue[])[];

/**
 * Writes a table to `<dataDir>/exports/` page by page (never all rows in memory): CSV as text,
 * XLSX through exceljs' streaming writer. Excel's sheet limit cuts larger tables and says so.
 */
export const writeTableFile = async (
  dataDir: string,
  label: string,
  format: ExportFormat,
  columns: readonly string[],
  rowCount: number,
  readRows: ReadRows,
): Promise<ExportOutcome> => {
  mkdirSync(exportsDir(dataDir), { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const fileName = `${safeName(label)}-${stamp}.${format}`;
  const path = join(exportsDir(dataDir), fileName);
  const limit = format === 'xlsx' ? Math.min(rowCount, XLSX_MAX_ROWS) : rowCount;

  try {
    if (format === 'csv') {
      const out = createWriteStream(path, { flags: 'wx' });
      out.write(`\ufeff${csvLine([...columns])}`);
      for (let offset = 0; offset < limit; offset += BATCH) {
        const rows = readRows(offset, Math.min(BATCH, limit - offset));
        const text = rows.map((row) => csvLine([...row])).join('');
        if (!out.write(text)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    } else {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: path,
        useStyles: false,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet('Result');
      sheet.addRow([...columns]).commit();
      for (let offset = 0; offset < limit; offset += BATCH) {
        for (const row of readRows(offset, Math.min(BATCH, limit - offset))) {
          sheet.addRow(row.map(xlsxCell)).commit();
        }
      }
      sheet.commit();
      await workbook.commit();
    }
  } catch (error) {
    rmSync(path, { force: true });
    throw new AisleError('internal', `The export could not be written to ${path}.`, { cause: error });
  }
  return { path, fileName, rows: limit, bytes: statSync(path).size, truncated: limit < rowCount };
};

/** A cached result as a CSV or XLSX file. */
export const exportResult = async (
  cache: Cache,
  dataDir: string,
  resultId: string,
  format: ExportFormat,
  label: string,
): Promise<ExportOutcome> => {
  const meta = cache.results.get(resultId);
  if (!meta)
    throw new AisleError('not_found', 'That result is no longer in the cache; run the query again to export it.');
  return writeTableFile(
    dataDir,
    label,
    format,
    meta.columns.map((column) => column.name),
    meta.rowCount,
    (offset, limit) => cache.results.readRows(resultId, offset, limit),
  );
};

export const exportFilePath = (dataDir: string, fileName: string): string | null =>
  /^[A-Za-z0-9_-]+-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.(csv|xlsx|pptx)$/.test(fileName)
    ? join(exportsDir(dataDir), fileName)
    : null;
