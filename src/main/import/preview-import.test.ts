import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportPreview, type ImportColumn } from '../../shared/contract/import';
import { previewImport } from './preview-import';
import { runScratch, tempDir } from './test-files';

const ORDERS = [
  'order_id,order_date,sku,product_name,quantity,unit_price,customer,country',
  ...Array.from(
    { length: 30 },
    (_, i) =>
      `${5000 + Math.floor(i / 3)},2024-02-${String((i % 28) + 1).padStart(2, '0')} 09:${String(i).padStart(2, '0')}:00,SKU-${i % 7},"Tee, size ${i % 3}",${(i % 4) + 1},${(9.99 + i).toFixed(2)},C${i % 11},${i % 2 === 0 ? 'United Kingdom' : 'France'}`,
  ),
].join('\n');

const expectedColumns = [
  { name: 'order_id', type: 'BIGINT', kind: 'number', dateFormat: null },
  { name: 'order_date', type: 'TIMESTAMP', kind: 'date', dateFormat: 'YYYY-MM-DD HH:MM:SS' },
  { name: 'sku', type: 'VARCHAR', kind: 'text', dateFormat: null },
  { name: 'product_name', type: 'VARCHAR', kind: 'text', dateFormat: null },
  { name: 'quantity', type: 'BIGINT', kind: 'number', dateFormat: null },
  { name: 'unit_price', type: 'DOUBLE', kind: 'number', dateFormat: null },
  { name: 'customer', type: 'VARCHAR', kind: 'text', dateFormat: null },
  { name: 'country', type: 'VARCHAR', kind: 'text', dateFormat: null },
];

const withoutSamples = ({ name, type, kind, dateFormat }: ImportColumn) => ({ name, type, kind, dateFormat });

const expectedMapping = {
  order_id: 'order_id',
  date: 'order_date',
  product_id: 'sku',
  product_name: 'product_name',
  quantity: 'quantity',
  unit_price: 'unit_price',
  customer_id: 'customer',
  region: 'country',
};

describe('previewImport', () => {
  it('previews a CSV file: dialect, typed columns with samples, first rows and a suggested mapping', async () => {
    const path = join(tempDir(), 'orders.csv');
    writeFileSync(path, `${ORDERS}\n`);
    const preview = await previewImport(path);
    expect(ImportPreview.parse(preview)).toEqual(preview);
    expect(preview).toMatchObject({
      path,
      format: 'csv',
      compression: 'none',
      delimiter: ',',
      hasHeader: true,
      encoding: 'utf-8',
      encodingNotes: [],
      warnings: [],
    });
    expect(preview.columns.map(withoutSamples)).toEqual(expectedColumns);
    expect(preview.columns[3]?.samples).toEqual(['Tee, size 0', 'Tee, size 1', 'Tee, size 2']);
    expect(preview.columns[0]?.samples).toEqual(['5000', '5001', '5002', '5003', '5004']);
    expect(preview.rows).toHaveLength(20);
    expect(preview.rows[0]).toEqual([
      '5000',
      '2024-02-01 09:00:00',
      'SKU-0',
      'Tee, size 0',
      '1',
      '9.99',
      'C0',
      'United Kingdom',
    ]);
    expect(preview.suggested.mapping).toEqual(expectedMapping);
    expect(preview.suggested.complete).toBe(true);
  });

  it('previews a gzip-compressed CSV the same way, whatever its name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'orders.csv.gz'), gzipSync(`${ORDERS}\n`));
    writeFileSync(join(dir, 'orders-export'), gzipSync(`${ORDERS}\n`));
    for (const name of ['orders.csv.gz', 'orders-export']) {
      const preview = await previewImport(join(dir, name));
      expect(preview).toMatchObject({ format: 'csv', compression: 'gzip', delimiter: ',' });
      expect(preview.columns.map(withoutSamples)).toEqual(expectedColumns);
      expect(preview.rows).toHaveLength(20);
      expect(preview.suggested.mapping).toEqual(expectedMapping);
    }
  });

  it('previews a Parquet file with the types it declares', async () => {
    const path = join(tempDir(), 'orders.parquet');
    await runScratch(
      `COPY (SELECT i AS InvoiceNo, TIMESTAMP '2024-03-01 08:00:00' + INTERVAL (i) HOUR AS InvoiceDate,
                    'P' || (i % 5) AS StockCode, 'Mug ' || (i % 5) AS Description, (i % 3) + 1 AS Quantity,
                    (2.5 + i)::DECIMAL(10, 2) AS UnitPrice, 'Spain' AS Country
             FROM range(40) t(i)) TO '${path}' (FORMAT PARQUET)`,
    );
    const preview = await previewImport(path);
    expect(ImportPreview.parse(preview)).toEqual(preview);
    expect(preview).toMatchObject({ format: 'parquet', compression: 'none', delimiter: null, hasHeader: null });
    expect(preview.columns.map(({ name, type, kind }) => `${name} ${type} ${kind}`)).toEqual([
      'InvoiceNo BIGINT number',
      'InvoiceDate TIMESTAMP date',
      'StockCode VARCHAR text',
      'Description VARCHAR text',
      'Quantity BIGINT number',
      'UnitPrice DECIMAL(10,2) number',
      'Country VARCHAR text',
    ]);
    expect(preview.columns[1]?.samples[0]).toBe('2024-03-01 08:00:00');
    expect(preview.rows).toHaveLength(20);
    expect(preview.suggested.mapping).toEqual({
      order_id: 'InvoiceNo',
      date: 'InvoiceDate',
      product_id: 'StockCode',
      product_name: 'Description',
      quantity: 'Quantity',
      unit_price: 'UnitPrice',
      region: 'Country',
    });
  });

  it('reads a semicolon export with day-first dates, decimal commas and a Latin-1 encoding', async () => {
    const path = join(tempDir(), 'kasse.csv');
    const text = [
      'Bon Nr;Datum;Artikel;Menge;Preis;Filiale',
      'B1;03.01.2024 10:15;Mütze;2;3,50;Köln',
      'B2;25.01.2024 11:02;Schal;1;12,00;Bonn',
    ].join('\r\n');
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const preview = await previewImport(path);
    expect(preview).toMatchObject({ delimiter: ';', encoding: 'latin-1' });
    expect(preview.encodingNotes[0]).toMatch(/^The file is not UTF-8; Aisle reads it as Latin-1/);
    expect(preview.columns.map(({ name, type, dateFormat }) => `${name} ${type} ${dateFormat ?? '-'}`)).toEqual([
      'Bon Nr VARCHAR -',
      'Datum TIMESTAMP DD.MM.YYYY HH:MM',
      'Artikel VARCHAR -',
      'Menge BIGINT -',
      'Preis DOUBLE -',
      'Filiale VARCHAR -',
    ]);
    expect(preview.rows[0]).toEqual(['B1', '03.01.2024 10:15', 'Mütze', '2', '3,50', 'Köln']);
    expect(preview.warnings).toContain('Numbers in this file use a decimal comma (3,50); Aisle reads them as such.');
  });

  it('says which delimiter the header uses when the sniffer sees one column, and previews with it', async () => {
    const path = join(tempDir(), 'broken.csv');
    const lines = ['Receipt;Date;Item;Qty;Price'];
    for (let i = 1; i <= 40; i += 1)
      lines.push(`R${i};2024-01-${String((i % 28) + 1).padStart(2, '0')};"Hat; wool";1;9.5`);
    lines[5] = 'R5;2024-01-06;"Hat; wool;1;9.5'; // a quote that is never closed
    writeFileSync(path, `${lines.join('\n')}\n`);
    const preview = await previewImport(path);
    expect(preview.delimiter).toBe(';');
    expect(preview.warnings).toContain(
      'Some lines of this file look irregular (a quote that is never closed, or a missing separator), so Aisle could not work out on its own how it is written; the header line is separated by semicolons (;), so the file is read that way.',
    );
    expect(preview.columns.map((column) => column.name)).toEqual(['Receipt', 'Date', 'Item', 'Qty', 'Price']);
    expect(preview.rows[0]).toEqual(['R1', '2024-01-02', 'Hat; wool', '1', '9.5']);
    // Reading resumes after the broken line and the one it ran into.
    expect(preview.rows).toHaveLength(20);
    expect(preview.rows[4]?.[0]).toBe('R7');
  });

  it('warns about dates that could be day/month or month/day', async () => {
    const path = join(tempDir(), 'dates.csv');
    writeFileSync(path, 'date,qty\n01/02/2024,1\n03/04/2024,2\n');
    const preview = await previewImport(path);
    expect(preview.columns[0]?.dateFormat).toBe('MM/DD/YYYY');
    expect(preview.warnings).toContain(
      'The dates in "date" could be MM/DD/YYYY or DD/MM/YYYY (no day above 12 in the first rows); the import checks the whole file and says which it used.',
    );
  });
});
