import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { previewImport } from './preview-import';
import { tempDir, warehouseFiles } from './test-files';

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);

/** Both entry points refuse the file with the same message, and the import creates nothing. */
const expectRefused = async (path: string, expected: { code: string; message: string | RegExp }) => {
  const matcher = {
    code: expected.code,
    field: 'path',
    message:
      typeof expected.message === 'string' ? expected.message : (expect.stringMatching(expected.message) as unknown),
  };
  await expect(previewImport(path)).rejects.toMatchObject(matcher);
  const dataDir = tempDir();
  await expect(importFile({ dataDir, path, name: 'Refused' })).rejects.toMatchObject(matcher);
  expect(warehouseFiles(dataDir)).toEqual([]);
};

describe('files Aisle refuses', () => {
  it('refuses an empty file', async () => {
    const path = join(tempDir(), 'empty.csv');
    writeFileSync(path, '');
    await expectRefused(path, {
      code: 'invalid_input',
      message: '"empty.csv" is empty. Export the data again and import that file.',
    });
  });

  it('refuses a file of blank lines and a gzip file that holds nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blank.csv'), '\n\n  \n');
    writeFileSync(join(dir, 'nothing.csv.gz'), gzipSync(''));
    await expectRefused(join(dir, 'blank.csv'), { code: 'invalid_input', message: /holds only blank lines/ });
    await expectRefused(join(dir, 'nothing.csv.gz'), {
      code: 'invalid_input',
      message: /holds no data once decompressed/,
    });
  });

  it('refuses random bytes as binary', async () => {
    const path = join(tempDir(), 'random.csv');
    // Random bytes hold a NUL within the first 64 KiB with overwhelming likelihood; make sure.
    writeFileSync(path, Buffer.concat([randomBytes(1000), Buffer.from([0]), randomBytes(100_000)]));
    await expectRefused(path, {
      code: 'invalid_input',
      message:
        '"random.csv" is a binary file (it contains NUL bytes), not a CSV or Parquet file. Aisle imports sales lines from CSV (also .csv.gz) and Parquet files.',
    });
  });

  it('refuses binary content inside a gzip file', async () => {
    const path = join(tempDir(), 'random.csv.gz');
    writeFileSync(path, gzipSync(Buffer.concat([Buffer.from('a,b\n'), Buffer.alloc(100)])));
    await expectRefused(path, { code: 'invalid_input', message: /is a binary file \(it contains NUL bytes\)/ });
  });

  it('names a PNG image, an Excel workbook and a ZIP archive for what they are', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.csv'), Buffer.concat([PNG_HEADER, randomBytes(200)]));
    writeFileSync(join(dir, 'sales.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(200)]));
    writeFileSync(join(dir, 'export.zip'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(200)]));
    await expectRefused(join(dir, 'logo.csv'), {
      code: 'invalid_input',
      message:
        '"logo.csv" is a PNG image, not a CSV or Parquet file. Aisle imports sales lines from CSV (also .csv.gz) and Parquet files.',
    });
    await expectRefused(join(dir, 'sales.xlsx'), {
      code: 'invalid_input',
      message: /^"sales.xlsx" is an Excel workbook; save the sheet as CSV/,
    });
    await expectRefused(join(dir, 'export.zip'), {
      code: 'invalid_input',
      message: /^"export.zip" is a ZIP archive; unzip it and import the CSV or Parquet file inside/,
    });
  });

  it('refuses a missing path and a folder', async () => {
    const dir = tempDir();
    await expectRefused(join(dir, 'nope.csv'), {
      code: 'not_found',
      message: `There is no file at "${join(dir, 'nope.csv')}". Check the path and try again.`,
    });
    mkdirSync(join(dir, 'exports'));
    await expectRefused(join(dir, 'exports'), {
      code: 'invalid_input',
      message: `"${join(dir, 'exports')}" is a folder. Choose a CSV or Parquet file inside it.`,
    });
  });

  it('refuses a damaged Parquet file with what DuckDB found', async () => {
    const path = join(tempDir(), 'cut.parquet');
    writeFileSync(path, Buffer.concat([Buffer.from('PAR1'), randomBytes(64)]));
    await expectRefused(path, { code: 'invalid_input', message: /^Aisle could not read this file as Parquet: / });
  });

  it('explains a file whose separator Aisle does not know, and refuses to import it without a date', async () => {
    const path = join(tempDir(), 'carets.csv');
    writeFileSync(path, 'date^qty^price\n2024-01-01^1^2.5\n2024-01-02^2^3.5\n');
    const preview = await previewImport(path);
    expect(preview.columns).toHaveLength(1);
    expect(preview.warnings[0]).toBe(
      'Aisle found a single column in this file. If it has more, they are separated by a character other than commas, semicolons, tabs or vertical bars; export it as CSV with commas and try again.',
    );
    const dataDir = tempDir();
    await expect(importFile({ dataDir, path, name: 'Carets' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'mapping',
      message:
        'Aisle could not find a column of dates or a quantity, price or revenue column in this file on its own. Preview the file and choose the columns for the date and for the quantities, prices or revenue.',
    });
    expect(warehouseFiles(dataDir)).toEqual([]);
  });
});
