import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { queryImported, tempDir } from './test-files';

const ROWS = 3_200_000;
const LINES_PER_WRITE = 20_000;

/** Writes a large sales CSV chunk by chunk, waiting for the disk when the stream asks to. */
const writeLargeCsv = async (path: string, rows: number): Promise<void> => {
  const out = createWriteStream(path);
  out.write('InvoiceNo,InvoiceDate,StockCode,Description,Quantity,UnitPrice,CustomerID,Country\n');
  for (let start = 0; start < rows; start += LINES_PER_WRITE) {
    let chunk = '';
    for (let i = start; i < Math.min(rows, start + LINES_PER_WRITE); i += 1) {
      const seconds = i % 31_536_000;
      const date = new Date(Date.UTC(2023, 0, 1) + seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
      chunk += `${100000 + Math.floor(i / 4)},${date},${20000 + (i % 5000)},PRODUCT ${i % 5000} IN BLUE,${(i % 7) + 1},${((i % 1000) / 10 + 0.99).toFixed(2)},${10000 + (i % 90000)},Country ${i % 30}\n`;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
};

describe('importing a file much larger than the memory limit', () => {
  it('streams the file instead of holding it in memory', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const path = join(dir, 'large.csv');
    await writeLargeCsv(path, ROWS);
    const fileBytes = statSync(path).size;
    expect(fileBytes).toBeGreaterThan(200 * 1024 * 1024);

    // The first imports of a process leave ~90 MB resident whatever the file (DuckDB's threads,
    // catalogue, allocator arenas); a small one first keeps that out of the measurement.
    const small = join(dir, 'small.csv');
    await writeLargeCsv(small, 20_000);
    await importFile({ dataDir: dir, path: small, name: 'Small', memoryLimit: '128MB', threads: 2 });

    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const started = performance.now();
    try {
      const result = await importFile({ dataDir: dir, path, name: 'Large', memoryLimit: '128MB', threads: 2 });
      expect(result).toMatchObject({ rowsRead: ROWS, rowsLoaded: ROWS, rowsRejected: 0 });
    } finally {
      clearInterval(sampler);
    }
    const growth = peak - baseline;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    console.log(
      `large import: ${ROWS.toLocaleString('en-US')} rows, file ${mb(fileBytes)}, memory_limit 128MB, ` +
        `peak RSS growth ${mb(growth)}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // Holding the file's rows in memory would take more than the file itself.
    expect(growth).toBeLessThan(fileBytes);
    const [check] = await queryImported(
      join(dir, 'warehouses', 'large.duckdb'),
      'SELECT count(*)::DOUBLE AS n, sum(quantity)::DOUBLE AS units FROM sales',
    );
    const units = Array.from({ length: 7 }, (_, k) => k + 1).reduce(
      (sum, q) => sum + q * Math.floor((ROWS - (q - 1) + 6) / 7),
      0,
    );
    expect(check).toEqual({ n: ROWS, units });
  });
});
