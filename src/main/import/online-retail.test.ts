import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/contract/import';
import { importFile } from './import-file';
import { previewImport } from './preview-import';
import { queryImported, runScratch, tempDir } from './test-files';

/** UCI Online Retail, read from the shared data folder next to the repository (never copied into it). */
const FILE = resolve(import.meta.dirname, '../../../../shared/data/online-retail/online-retail.csv.gz');
const present = existsSync(FILE);
if (!present)
  console.log(`Skipping the UCI Online Retail import test: ${FILE} is not there (see ../shared/data/README.md).`);

const sqlPath = FILE.replaceAll("'", "''");

describe('importing UCI Online Retail', () => {
  it.skipIf(!present)(
    'loads every row, flags and explains its oddities, and keeps revenue exact',
    { timeout: 120_000 },
    async () => {
      const preview = await previewImport(FILE);
      expect(preview).toMatchObject({ format: 'csv', compression: 'gzip', delimiter: ',', hasHeader: true });
      expect(preview.suggested.complete).toBe(true);

      const dir = tempDir();
      const result: ImportResult = await importFile({ dataDir: dir, path: FILE, name: 'Online Retail' });
      console.log(
        `Online Retail: ${result.rowsLoaded.toLocaleString('en-US')} rows loaded, ${result.rowsRejected} rejected, ` +
          `in ${(result.elapsedMs / 1000).toFixed(1)} s\n${result.notes.map((note) => `  - ${note}`).join('\n')}`,
      );

      expect(result.mapping).toEqual({
        order_id: 'InvoiceNo',
        date: 'InvoiceDate',
        product_id: 'StockCode',
        product_name: 'Description',
        quantity: 'Quantity',
        unit_price: 'UnitPrice',
        customer_id: 'CustomerID',
        region: 'Country',
      });
      // Every row of the file is valid CSV with a real date and numeric quantity and price.
      expect(result).toMatchObject({ rowsRead: 541_909, rowsLoaded: 541_909, rowsRejected: 0, rejects: [] });
      expect(result.notes).toEqual(
        expect.arrayContaining([
          '9,288 cancellation lines (invoice numbers starting with C) were loaded with negative quantities, so revenue nets them out.',
          '135,080 lines have no customer id; they were loaded with an empty customer, so they count in sales but not in customer counts.',
          '1,336 lines have a negative quantity but no price (stock write-offs and corrections, not sales); they were loaded and add nothing to revenue.',
          '2,517 lines have a unit price of zero or less (2 below zero); they were loaded and flagged is_zero_price, so price analyses can leave them out.',
          'The sales run from 2010-12-01 to 2011-12-09.',
        ]),
      );

      const [flags] = await queryImported(
        result.path,
        `SELECT count(*)::DOUBLE AS rows,
              count(*) FILTER (is_cancellation)::DOUBLE AS cancellations,
              count(*) FILTER (is_cancellation AND order_id LIKE 'C%' AND quantity < 0)::DOUBLE AS c_invoices,
              count(*) FILTER (customer_id IS NULL)::DOUBLE AS no_customer,
              count(*) FILTER (is_zero_price)::DOUBLE AS zero_price,
              count(*) FILTER (is_non_product AND product_id IN ('POST', 'DOT', 'M', 'D', 'BANK CHARGES', 'AMAZONFEE'))::DOUBLE AS listed,
              count(DISTINCT product_id) FILTER (is_non_product)::DOUBLE AS non_product_codes,
              sum(line_revenue) AS revenue,
              any_value(customer_id) FILTER (customer_id IS NOT NULL AND customer_id LIKE '%.%') AS decimal_customer
       FROM sales`,
      );
      expect(flags).toMatchObject({
        rows: 541_909,
        cancellations: 9_288,
        c_invoices: 9_288,
        no_customer: 135_080,
        zero_price: 2_517,
        decimal_customer: null,
      });
      // POST 1,256, DOT 710, M 571, D 77, BANK CHARGES 37, AMAZONFEE 34.
      expect(flags?.['listed']).toBe(2_685);
      const nonProductNote = result.notes.find((note) => note.includes('are not merchandise'));
      expect(nonProductNote).toMatch(/^[\d,]+ lines are not merchandise .*most common: POST ×1,256, DOT ×710, M ×571/);

      const [independent] = await runScratch(
        `SELECT sum(Quantity * UnitPrice) AS revenue, count(*)::DOUBLE AS rows FROM read_csv('${sqlPath}')`,
      );
      expect(independent?.['rows']).toBe(541_909);
      expect(Number(flags?.['revenue'])).toBeCloseTo(Number(independent?.['revenue']), 4);
    },
  );
});
