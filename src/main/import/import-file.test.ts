import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportResult } from '../../shared/contract/import';
import { describeImportedSource } from './describe-imported-source';
import { importFile, type ImportProgress } from './import-file';
import { csvLine, queryImported, runScratch, tempDir, warehouseFiles } from './test-files';

const HEADER = [
  'Order No',
  'Order Date',
  'SKU',
  'Product',
  'Qty',
  'Unit Price',
  'Customer',
  'Store',
  'Ship Mode',
  'Cost',
];

interface Line {
  text: string;
  /** The values the line should load as; null for a line that must be rejected. */
  loads: { quantity: number; price: number; customer: string | null } | null;
}

/**
 * 200 sales lines with a cancellation, a zero price, a postage line, missing customers, and
 * four broken lines: an unclosed quote (which also swallows the next line), an impossible
 * date, a quantity in words and a short line.
 */
const salesLines = (): Line[] => {
  const lines: Line[] = [];
  for (let i = 1; i <= 200; i += 1) {
    const order = i === 10 ? 'C1005' : String(1000 + Math.floor(i / 2));
    const day = String((i % 28) + 1).padStart(2, '0');
    const sku = i === 25 ? 'POST' : `SKU-${i % 20}`;
    const product = i === 25 ? 'POSTAGE' : i % 5 === 0 ? `Scarf, wool ${i % 20}` : `Tee ${i % 20}`;
    const quantity = i === 10 ? -2 : (i % 4) + 1;
    const price = i === 15 ? 0 : ((i % 7) + 1) * 2.5;
    const customer = i % 10 === 0 ? '' : `CU${i % 37}`;
    const values = [order, `2024-01-${day} 10:${String(i % 60).padStart(2, '0')}:00`, sku, product];
    const rest = [quantity, price, customer, i % 2 === 0 ? 'Leeds' : 'York', 'Standard', (price * 0.45).toFixed(2)];
    let text = csvLine([...values, ...rest]);
    let loads: Line['loads'] = { quantity, price, customer: customer === '' ? null : customer };
    if (i === 54) {
      text = `${order},2024-01-${day} 10:00:00,${sku},"Scarf, wool 14,3,5,CU17,Leeds,Standard,2`;
      loads = null;
    }
    if (i === 55) loads = null; // swallowed by the unclosed quote on the line before
    if (i === 80) {
      text = csvLine([order, '2024-02-30 10:00:00', sku, product, ...rest]);
      loads = null;
    }
    if (i === 120) {
      text = csvLine([order, `2024-01-${day} 11:00:00`, sku, product, 'two', ...rest.slice(1)]);
      loads = null;
    }
    if (i === 160) {
      text = csvLine([order, `2024-01-${day} 12:00:00`, sku, product, quantity, price]);
      loads = null;
    }
    lines.push({ text, loads });
  }
  return lines;
};

const writeCsv = (dir: string, name: string, lines: readonly string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

describe('importFile', () => {
  it('loads a file with broken lines, rejecting exactly those lines with their line numbers and reasons', async () => {
    const dir = tempDir();
    const lines = salesLines();
    const path = writeCsv(dir, 'shop-export.csv', [HEADER.join(','), ...lines.map((line) => line.text)]);
    const progress: ImportProgress[] = [];
    const result = await importFile({
      dataDir: dir,
      path,
      name: 'Shop export',
      onProgress: (step) => progress.push(step),
    });
    expect(ImportResult.parse(result)).toEqual(result);

    const loaded = lines.flatMap((line) => (line.loads ? [line.loads] : []));
    expect(result.rowsRead).toBe(200);
    expect(result.rowsLoaded).toBe(195);
    expect(loaded).toHaveLength(195);
    expect(result.rowsRejected).toBe(5);
    expect(result.rejects).toEqual([
      { row: 55, reason: 'a quote (") on this line is not closed properly, and it ran on into the next line' },
      { row: 56, reason: 'this line was read as part of the unclosed quote on line 55' },
      {
        row: 81,
        reason: 'the date "2024-02-30 10:00:00" in column Order Date is not a real date written as YYYY-MM-DD HH:MM:SS',
      },
      { row: 121, reason: 'the quantity "two" in column Qty is not a number' },
      { row: 161, reason: 'the line has 6 fields where the header has 10' },
    ]);
    expect(result.mapping).toEqual({
      order_id: 'Order No',
      date: 'Order Date',
      product_id: 'SKU',
      product_name: 'Product',
      quantity: 'Qty',
      unit_price: 'Unit Price',
      customer_id: 'Customer',
      region: 'Store',
    });
    expect(result.source).toMatchObject({ id: 'shop-export', name: 'Shop export', kind: 'local' });
    expect(result.path).toBe(join(dir, 'warehouses', 'shop-export.duckdb'));
    expect(warehouseFiles(dir)).toEqual(['shop-export.duckdb']);

    const columns = await queryImported(
      result.path,
      "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'sales'",
    );
    expect(columns.map((column) => `${String(column['column_name'])} ${String(column['data_type'])}`)).toEqual([
      'order_id VARCHAR',
      'date TIMESTAMP',
      'product_id VARCHAR',
      'product_name VARCHAR',
      'quantity DOUBLE',
      'unit_price DOUBLE',
      'line_revenue DOUBLE',
      'customer_id VARCHAR',
      'region VARCHAR',
      'is_cancellation BOOLEAN',
      'is_zero_price BOOLEAN',
      'is_non_product BOOLEAN',
      'ship_mode VARCHAR',
      'cost DOUBLE',
    ]);
    const tables = await queryImported(result.path, 'SELECT table_name FROM duckdb_tables()');
    expect(tables).toEqual([{ table_name: 'sales' }]);

    const [totals] = await queryImported(
      result.path,
      `SELECT sum(line_revenue) AS revenue, count(*) FILTER (is_cancellation)::DOUBLE AS cancellations,
              count(*) FILTER (is_zero_price)::DOUBLE AS zero, count(*) FILTER (is_non_product)::DOUBLE AS non_product,
              count(*) FILTER (customer_id IS NULL)::DOUBLE AS no_customer,
              any_value(product_id) FILTER (is_non_product) AS non_product_code
       FROM sales`,
    );
    const revenue = loaded.reduce((sum, line) => sum + line.quantity * line.price, 0);
    expect(Number(totals?.['revenue'])).toBeCloseTo(revenue, 6);
    expect(totals).toMatchObject({ cancellations: 1, zero: 1, non_product: 1, non_product_code: 'POST' });
    const noCustomer = loaded.filter((line) => line.customer === null).length;
    expect(totals?.['no_customer']).toBe(noCustomer);

    expect(result.notes).toContain(
      '1 cancellation line (an order number starting with C) was loaded with its negative quantity, so revenue nets it out.',
    );
    expect(result.notes).toContain(
      `${noCustomer} lines have no customer id; they were loaded with an empty customer, so they count in sales but not in customer counts.`,
    );
    expect(result.notes).toContain(
      '5 rows could not be read and were left out; each is listed with its line number and the reason.',
    );
    expect(result.notes.some((note) => note.includes('Ship Mode as ship_mode, Cost as cost (numbers)'))).toBe(true);

    const stages = progress.map((step) => step.stage);
    expect(stages[0]).toBe('Reading the file');
    expect(stages).toContain('Working out column types');
    expect(stages).toContain('Loading rows');
    expect(stages.at(-1)).toBe('Done');
    const fractions = progress.map((step) => step.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));

    expect(describeImportedSource(result)).toMatchObject({
      table: ['sales'],
      concepts: [
        'order_id',
        'date',
        'product_id',
        'product_name',
        'quantity',
        'unit_price',
        'line_revenue',
        'customer_id',
        'region',
      ],
      revenue: 'computed',
    });
  });

  it('numbers rejected lines as lines of the file, after values with line breaks, in any encoding', async () => {
    const text = [
      'date,description,qty',
      '2024-01-01,"Café mug, with a note',
      'that runs onto a second line",1',
      '2024-01-02,Crème tin,x',
      '2024-01-03,Tea towel,2',
      '2024-01-04,"Teapot ""Brown Betty""",1,extra',
    ].join('\r\n');
    const files: Array<[string, Buffer]> = [
      ['utf8.csv', Buffer.from(text, 'utf8')],
      ['latin1.csv', Buffer.from(text, 'latin1')],
      ['utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['bom.csv.gz', gzipSync(Buffer.from(`\ufeff${text}`, 'utf8'))],
    ];
    for (const [name, bytes] of files) {
      const dir = tempDir();
      writeFileSync(join(dir, name), bytes);
      const mapping = { date: 'date', quantity: 'qty' };
      const result = await importFile({ dataDir: dir, path: join(dir, name), name: 'Lines', mapping });
      expect({ name, rejects: result.rejects }).toEqual({
        name,
        rejects: [
          { row: 4, reason: 'the quantity "x" in column qty is not a number' },
          { row: 6, reason: 'the line has 4 fields where the header has 3' },
        ],
      });
      const kept = await queryImported(result.path, 'SELECT description FROM sales ORDER BY date');
      expect(kept).toEqual([
        { description: 'Café mug, with a note\r\nthat runs onto a second line' },
        { description: 'Tea towel' },
      ]);
    }
  });

  it('uses the mapping it is given, and keeps every other column', async () => {
    const dir = tempDir();
    const path = writeCsv(dir, 'lines.csv', [
      'when,code,units,amount,shop',
      '2024-03-01,A1,2,10.5,Leeds',
      '2024-03-02,A2,1,4,York',
    ]);
    const result = await importFile({
      dataDir: dir,
      path,
      name: 'Lines',
      mapping: { date: 'when', product_id: 'code', quantity: 'units', line_revenue: 'amount' },
    });
    expect(result.rowsLoaded).toBe(2);
    const rows = await queryImported(result.path, 'SELECT * FROM sales ORDER BY date');
    expect(rows).toEqual([
      {
        date: '2024-03-01 00:00:00',
        product_id: 'A1',
        quantity: 2,
        line_revenue: 10.5,
        is_cancellation: false,
        is_zero_price: false,
        is_non_product: false,
        shop: 'Leeds',
      },
      {
        date: '2024-03-02 00:00:00',
        product_id: 'A2',
        quantity: 1,
        line_revenue: 4,
        is_cancellation: false,
        is_zero_price: false,
        is_non_product: false,
        shop: 'York',
      },
    ]);
  });

  it('refuses a name that is taken (or that gives the same file name), and the demo store name', async () => {
    const dir = tempDir();
    const path = writeCsv(dir, 'a.csv', ['date,qty', '2024-01-01,1']);
    await importFile({ dataDir: dir, path, name: 'Spring sales' });
    await expect(importFile({ dataDir: dir, path, name: 'Spring sales' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'name',
      message: expect.stringContaining('There is already a data source called "Spring sales"') as unknown,
    });
    await expect(importFile({ dataDir: dir, path, name: 'spring  SALES!' })).rejects.toMatchObject({ field: 'name' });
    await expect(importFile({ dataDir: dir, path, name: 'Demo' })).rejects.toMatchObject({ field: 'name' });
    await expect(importFile({ dataDir: dir, path, name: '   ' })).rejects.toMatchObject({ field: 'name' });
    expect(warehouseFiles(dir)).toEqual(['spring-sales.duckdb']);
  });

  it('fails, leaving nothing behind, when more than half the rows cannot be read', async () => {
    const dir = tempDir();
    // The first rows look fine, so the mapping passes its checks; most lines are cut short.
    const path = writeCsv(dir, 'mostly-bad.csv', [
      'date,qty,price',
      ...Array.from({ length: 6 }, (_, i) => `2024-01-0${i + 1},1,2.5`),
      ...Array.from({ length: 7 }, () => '2024-01-01,1'),
    ]);
    await expect(importFile({ dataDir: dir, path, name: 'Bad' })).rejects.toMatchObject({
      code: 'invalid_input',
      message:
        'Aisle could not read 7 of the 13 rows of "mostly-bad.csv" (more than half), so nothing was imported. For example, line 8: the line has 2 fields where the header has 3; line 9: the line has 2 fields where the header has 3; line 10: the line has 2 fields where the header has 3. Check that the right columns are chosen for each concept, and that the file is a CSV export of sales lines.',
    });
    expect(warehouseFiles(dir)).toEqual([]);
  });

  it('fails, leaving nothing behind, for a file with a header and no rows', async () => {
    const dir = tempDir();
    const path = writeCsv(dir, 'header-only.csv', ['Order Date,Qty,Price']);
    await expect(importFile({ dataDir: dir, path, name: 'Empty' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: '"header-only.csv" has column names but no rows of data to import.',
    });
    expect(warehouseFiles(dir)).toEqual([]);
  });

  it('refuses a mapping that names a missing column or a column of words for a quantity', async () => {
    const dir = tempDir();
    const path = writeCsv(dir, 'a.csv', ['date,qty,note', '2024-01-01,1,hello', '2024-01-02,2,there']);
    await expect(
      importFile({ dataDir: dir, path, name: 'A', mapping: { date: 'date', quantity: 'Quantity' } }),
    ).rejects.toMatchObject({
      field: 'mapping.quantity',
      message: expect.stringContaining('no column "Quantity"') as unknown,
    });
    await expect(
      importFile({ dataDir: dir, path, name: 'A', mapping: { date: 'date', quantity: 'note' } }),
    ).rejects.toMatchObject({
      field: 'mapping.quantity',
      message:
        'The column "note" (chosen for quantity) holds values like "hello", which are not numbers. Choose another column.',
    });
    await expect(
      importFile({ dataDir: dir, path, name: 'A', mapping: { date: 'date', quantity: 'qty', unit_price: 'qty' } }),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'mapping.unit_price' });
    expect(warehouseFiles(dir)).toEqual([]);
  });

  it('stops when cancelled, leaving nothing behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.csv');
    await runScratch(
      `COPY (SELECT i AS order_id, TIMESTAMP '2024-01-01' + to_seconds(i) AS order_date, 'SKU' || (i % 999) AS sku,
                    (i % 5) + 1 AS qty, 1.5 AS price FROM range(1500000) t(i)) TO '${path}' (HEADER)`,
    );
    const controller = new AbortController();
    const run = importFile({
      dataDir: dir,
      path,
      name: 'Big',
      signal: controller.signal,
      onProgress: ({ stage }) => {
        if (stage === 'Loading rows') setTimeout(() => controller.abort(), 100);
      },
    });
    await expect(run).rejects.toMatchObject({
      code: 'cancelled',
      message: 'The import was cancelled; no data source was added.',
    });
    expect(warehouseFiles(dir)).toEqual([]);
  });

  it('reads day-first dates and decimal commas from a semicolon export', async () => {
    const dir = tempDir();
    const path = writeCsv(dir, 'pos.csv', [
      'Receipt No;Date;Item Code;Item Description;Department;Qty;Unit Price;Net Sales;Store',
      'R-1;03/01/2024 10:15;100234;Merino Socks;Accessories;2;3,50;7,00;Leeds',
      'R-2;25/01/2024 11:02;100871;Wool Beanie;Accessories;1;12,00;10,00;York',
      'R-3;13/02/2024 09:05;200114;Chunky Scarf;Accessories;1;1.019,99;1.019,99;York',
    ]);
    const result = await importFile({ dataDir: dir, path, name: 'POS' });
    expect(result.rowsLoaded).toBe(3);
    const rows = await queryImported(
      result.path,
      'SELECT order_id, date, unit_price, line_revenue FROM sales ORDER BY date',
    );
    expect(rows).toEqual([
      { order_id: 'R-1', date: '2024-01-03 10:15:00', unit_price: 3.5, line_revenue: 7 },
      { order_id: 'R-2', date: '2024-01-25 11:02:00', unit_price: 12, line_revenue: 10 },
      { order_id: 'R-3', date: '2024-02-13 09:05:00', unit_price: 1019.99, line_revenue: 1019.99 },
    ]);
    expect(result.notes).toContain('Dates were read as DD/MM/YYYY HH:MM.');
  });

  it('settles day/month order from the whole file when the first rows cannot', async () => {
    const dir = tempDir();
    // 10,000 rows with days of 12 or less, then one that can only be month/day.
    const early = Array.from({ length: 10_000 }, (_, i) => `${String((i % 12) + 1).padStart(2, '0')}/01/2024,1`);
    const path = writeCsv(dir, 'us.csv', ['date,qty', ...early, '01/25/2024,1']);
    const result = await importFile({ dataDir: dir, path, name: 'US' });
    expect(result.notes).toContain(
      'Dates were read as MM/DD/YYYY: further down, the file has dates that only make sense that way.',
    );
    expect(result.rowsLoaded).toBe(10_001);
    const [range] = await queryImported(
      result.path,
      "SELECT strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last FROM sales",
    );
    expect(range).toEqual({ first: '2024-01-01', last: '2024-12-01' });
  });

  it('imports Parquet, rejecting rows whose text dates cannot be read, by row number', async () => {
    const dir = tempDir();
    const path = join(dir, 'sales.parquet');
    await runScratch(
      `COPY (SELECT * FROM (VALUES ('A1', '2024-05-01 09:00:00', 2, 4.5, 'Web'),
                                   ('A2', 'yesterday', 1, 3.0, 'Store'),
                                   ('A3', '2024-05-03 10:30:00', -1, 4.5, 'Web'))
             t(sku, sold_at, qty, price, channel)) TO '${path}' (FORMAT PARQUET)`,
    );
    // Two dates in three rows are too few for a suggestion; a person would choose the column.
    const mapping = { date: 'sold_at', product_id: 'sku', quantity: 'qty', unit_price: 'price', channel: 'channel' };
    const result = await importFile({ dataDir: dir, path, name: 'Parquet sales', mapping });
    expect(result.mapping).toEqual(mapping);
    expect(result).toMatchObject({ rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 });
    expect(result.rejects).toEqual([
      { row: 2, reason: '"yesterday" in sold_at is not a date written as YYYY-MM-DD HH:MM:SS' },
    ]);
    const rows = await queryImported(
      result.path,
      'SELECT product_id, line_revenue, is_cancellation FROM sales ORDER BY product_id',
    );
    expect(rows).toEqual([
      { product_id: 'A1', line_revenue: 9, is_cancellation: false },
      { product_id: 'A3', line_revenue: -4.5, is_cancellation: true },
    ]);
  });
});
