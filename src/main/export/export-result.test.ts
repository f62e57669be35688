import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFilePath, openCache, type Cache } from '../cache';
import { exportFilePath, exportResult } from './export-result';

const opened: Cache[] = [];
afterEach(() => {
  for (const cache of opened.splice(0)) cache.close();
});

const setUp = (rowCount: number) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'aisle-export-'));
  const { cache } = openCache(cacheFilePath(dataDir), () => undefined);
  opened.push(cache);
  const writer = cache.results.begin({
    sourceId: 'demo',
    sql: 'SELECT …',
    columns: [
      { name: 'id', type: 'BIGINT' },
      { name: 'name', type: 'VARCHAR' },
      { name: 'price', type: 'DOUBLE' },
      { name: 'tags', type: 'VARCHAR[]' },
    ],
  });
  const rows = Array.from({ length: rowCount }, (_, i) => [
    i + 1,
    i % 3 === 0 ? 'Scarf, "wool"' : `item ${i}`,
    i * 1.5,
    i % 5 === 0 ? null : ['a', 'b'],
  ]);
  writer.append(rows);
  const meta = writer.finish();
  return { dataDir, cache, resultId: meta.id, rows };
};

describe('exportResult', () => {
  it('writes CSV with quoting, NULLs empty and nested values as JSON, page by page', async () => {
    const { dataDir, cache, resultId } = setUp(12_345);
    const outcome = await exportResult(cache, dataDir, resultId, 'csv', 'Revenue by category');
    expect(outcome).toMatchObject({ rows: 12_345, truncated: false });
    expect(outcome.fileName).toMatch(/^Revenue-by-category-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.csv$/);
    expect(exportFilePath(dataDir, outcome.fileName)).toBe(outcome.path);
    const lines = readFileSync(outcome.path, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffid,name,price,tags');
    expect(lines[1]).toBe('1,"Scarf, ""wool""",0,');
    expect(lines[2]).toBe('2,item 1,1.5,"[""a"",""b""]"');
    expect(lines).toHaveLength(12_345 + 2);
  });

  it('writes XLSX that Excel readers open, numbers as numbers', async () => {
    const { dataDir, cache, resultId } = setUp(2_500);
    const outcome = await exportResult(cache, dataDir, resultId, 'xlsx', 'sales');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(outcome.path);
    const sheet = workbook.getWorksheet('Result');
    expect(sheet?.rowCount).toBe(2_501);
    expect(sheet?.getRow(1).values).toEqual([undefined, 'id', 'name', 'price', 'tags']);
    expect(sheet?.getRow(3).getCell(3).value).toBe(1.5);
    expect(sheet?.getRow(2501).getCell(1).value).toBe(2_500);
  });

  it('refuses a result that is not in the cache, and odd download names', async () => {
    const { dataDir, cache } = setUp(1);
    await expect(exportResult(cache, dataDir, 'nope', 'csv', 'x')).rejects.toMatchObject({ code: 'not_found' });
    expect(exportFilePath(dataDir, '../cache.sqlite')).toBeNull();
    expect(exportFilePath(dataDir, 'x-2026-11-24T10-00-00.exe')).toBeNull();
  });
});
