import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Row } from '../warehouse/warehouse';
import { openCache } from './open-cache';
import { DEFAULT_PAGE_SIZE } from './result-store';

export interface BenchMeasure {
  name: string;
  value: number;
  unit: string;
}

const ROWS = 1_000_000;
/** Rows per append call, like the chunks a warehouse stream hands over. */
const CHUNK = 10_000;

const COLUMNS = [
  { name: 'id', type: 'BIGINT' },
  { name: 'price', type: 'DOUBLE' },
  { name: 'sku', type: 'VARCHAR' },
  { name: 'ordered_on', type: 'DATE' },
  { name: 'returned', type: 'BOOLEAN' },
  { name: 'note', type: 'VARCHAR' },
];

const benchRow = (index: number): Row => [
  index,
  Math.round(index * 1.37 * 100) / 100,
  `SKU-${(index % 50_000).toString(36).toUpperCase()}`,
  `2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
  index % 7 === 0,
  index % 10 === 0 ? 'gift' : null,
];

const round = (value: number, digits = 0): number => Number(value.toFixed(digits));

/**
 * Writes a 1,000,000-row result into a fresh cache in `dir`, reads it back page by page the way
 * the renderer scrolls through it, reopens the file (which runs quick_check) and reports the
 * rates and the file size. Rows are generated before the clock starts.
 */
export const benchCache = async (dir: string): Promise<BenchMeasure[]> => {
  const path = join(dir, 'bench-cache.sqlite');
  const quiet = (): void => undefined;
  const chunks: Row[][] = [];
  for (let start = 0; start < ROWS; start += CHUNK)
    chunks.push(Array.from({ length: Math.min(CHUNK, ROWS - start) }, (_, offset) => benchRow(start + offset)));

  const { cache } = openCache(path, quiet);
  const writeStart = performance.now();
  const writer = cache.results.begin({ sourceId: 'bench', sql: 'SELECT * FROM bench', columns: COLUMNS });
  for (const chunk of chunks) writer.append(chunk);
  const meta = writer.finish();
  const writeMs = performance.now() - writeStart;

  const readStart = performance.now();
  let read = 0;
  for (let offset = 0; offset < meta.rowCount; offset += DEFAULT_PAGE_SIZE)
    read += cache.results.readRows(meta.id, offset, DEFAULT_PAGE_SIZE).length;
  const readMs = performance.now() - readStart;
  if (read !== ROWS) throw new Error(`bench read ${read} rows, expected ${ROWS}`);

  const windowStart = performance.now();
  const windows = 200;
  for (let index = 0; index < windows; index += 1)
    cache.results.readRows(meta.id, ((index * 7_919) % (ROWS / 100)) * 100 + 37, 100);
  const windowMs = (performance.now() - windowStart) / windows;
  cache.close();

  const openStart = performance.now();
  openCache(path, quiet).cache.close();
  const openMs = performance.now() - openStart;

  // Keeps the signature async for the bench runner, which awaits every suite.
  await Promise.resolve();
  return [
    { name: 'cache: write 1M rows', value: round(ROWS / (writeMs / 1_000)), unit: 'rows/s' },
    { name: 'cache: read 1M rows page by page', value: round(ROWS / (readMs / 1_000)), unit: 'rows/s' },
    { name: 'cache: read a random 100-row window', value: round(windowMs, 3), unit: 'ms' },
    { name: 'cache: open with quick_check (1M-row file)', value: round(openMs, 1), unit: 'ms' },
    { name: 'cache: file size (1M rows x 6 columns)', value: round(statSync(path).size / 1_048_576, 1), unit: 'MiB' },
  ];
};
