// Reads the M4 Weekly train/test files (gzip CSV: id, then values; train rows end in
// empty cells) from ../shared/data/m4.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface M4Series {
  id: string;
  train: number[];
  test: number[];
}

function readRows(path: string): Map<string, number[]> {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const rows = new Map<string, number[]>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split(',').map((cell) => cell.replace(/"/g, '').trim());
    const id = cells[0] ?? '';
    rows.set(
      id,
      cells
        .slice(1)
        .filter((cell) => cell !== '')
        .map(Number),
    );
  }
  return rows;
}

/** The Weekly subset, or a reason why it is not available. */
export function loadM4Weekly(folder: string): { series: M4Series[] } | { reason: string } {
  const trainPath = join(folder, 'Weekly-train.csv.gz');
  const testPath = join(folder, 'Weekly-test.csv.gz');
  if (!existsSync(trainPath) || !existsSync(testPath)) {
    return { reason: `M4 Weekly files not found in ${folder} (expected Weekly-train.csv.gz and Weekly-test.csv.gz).` };
  }
  const train = readRows(trainPath);
  const test = readRows(testPath);
  const series: M4Series[] = [];
  for (const [id, values] of train) series.push({ id, train: values, test: test.get(id) ?? [] });
  return { series };
}
