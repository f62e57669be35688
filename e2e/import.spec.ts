import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDataDir } from './aisle-process';
import { expect, test } from './fixtures';

const csv = [
  'Invoice;Date;SKU;Item;Qty;Price;Store',
  '1001;03/01/2024 10:15;A-1;Linen shirt;2;29,90;Leeds',
  '1001;03/01/2024 10:15;B-7;Wool scarf;1;19,00;Leeds',
  '1002;04/01/2024 16:40;A-1;Linen shirt;1;29,90;York',
  '1003;not a date;C-3;Canvas tote;1;12,50;York',
  '1004;05/01/2024 09:05;C-3;Canvas tote;3;12,50;Leeds',
].join('\n');

test('imports a file: preview, suggested mapping, report, then the source can be used and removed', async ({
  page,
  aisle,
  consoleErrors,
}) => {
  const file = join(tempDataDir(), 'store-sales.csv');
  writeFileSync(file, `${csv}\n`);
  await page.goto(aisle.url);
  await page.keyboard.press('Alt+Digit6');
  await page.getByRole('button', { name: 'Import a file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a file' });
  await expect(dialog.getByText('Drop a sales export here, or choose one.')).toBeVisible();
  await dialog.getByLabel('File to import').setInputFiles(file);

  await expect(dialog.getByTestId('import-format')).toContainText('separated by “;”');
  await expect(dialog.getByRole('region', { name: 'First rows of the file' })).toContainText('Linen shirt');
  const mapping = dialog.getByRole('group', { name: 'Which column holds what?' });
  await expect(mapping.getByLabel(/^Date/)).toHaveValue('Date');
  await expect(mapping.getByLabel(/^Quantity/)).toHaveValue('Qty');
  await expect(dialog.getByLabel('Name of the new data source')).toHaveValue('store-sales');

  // Unmapping the date makes the mapping incomplete, and the form says why.
  await mapping.getByLabel(/^Date/).selectOption('');
  await expect(mapping).toContainText('Choose the column that holds the date of each sale.');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await mapping.getByLabel(/^Date/).selectOption('Date');

  await dialog.getByLabel('Name of the new data source').fill('Store sales');
  await dialog.getByRole('button', { name: 'Import' }).click();
  const summary = dialog.getByTestId('import-summary');
  await expect(summary).toContainText('Imported 4 of 5 rows as “Store sales”');
  await expect(summary).toContainText('1 rows were left out');
  await expect(summary).toContainText('line 5');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  const row = page.locator('[data-source="store-sales"]');
  await expect(row).toContainText('Store sales');
  await row.getByRole('button', { name: 'Use' }).click();
  await expect(page.getByLabel('Data source', { exact: true })).toHaveValue('store-sales');

  await row.getByRole('button', { name: 'Remove Store sales' }).click();
  await row.getByRole('button', { name: 'Remove it' }).click();
  await expect(page.locator('[data-source="store-sales"]')).toHaveCount(0);
  await expect(page.getByLabel('Data source', { exact: true })).toHaveValue('demo');
  expect(consoleErrors).toEqual([]);
});

test('a file that is not a table is refused with a reason, and another can be chosen', async ({
  page,
  aisle,
  consoleErrors,
}) => {
  const file = join(tempDataDir(), 'photo.csv');
  writeFileSync(
    file,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  );
  await page.goto(aisle.url);
  await page.keyboard.press('Alt+Digit6');
  await page.getByRole('button', { name: 'Import a file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a file' });
  await dialog.getByLabel('File to import').setInputFiles(file);
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The browser logs the refused preview (HTTP 400) itself; that one is expected, nothing else.
  const expected = (message: string) => message.includes('the server responded with a status of 400');
  expect(consoleErrors.filter((message) => !expected(message))).toEqual([]);
  consoleErrors.splice(0, consoleErrors.length);
});

test('a file imported in pounds shows £ in Explore, and Settings can change its currency', async ({
  page,
  aisle,
  consoleErrors,
}) => {
  const file = join(tempDataDir(), 'uk-shop.csv');
  writeFileSync(
    file,
    [
      'Invoice,Date,SKU,Item,Category,Qty,Price',
      'A1,2024-03-01,A-1,Linen shirt,Shirts,10,29.90',
      'A2,2024-03-02,B-7,Wool scarf,Scarves,4,19.00',
      'A3,2024-03-03,C-3,Canvas tote,Bags,3,12.50',
    ].join('\n'),
  );
  await page.goto(aisle.url);
  await page.keyboard.press('Alt+Digit6');
  await page.getByRole('button', { name: 'Import a file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a file' });
  await dialog.getByLabel('File to import').setInputFiles(file);
  const currency = dialog.getByLabel('Currency');
  // Not set until the person says.
  await expect(currency).toHaveValue('');
  await expect(currency.locator('option:checked')).toHaveText('Not set (plain numbers)');
  // The common currencies come first.
  await expect(currency.locator('option').nth(1)).toHaveText('USD · US Dollar');
  await currency.selectOption('GBP');
  await dialog.getByLabel('Name of the new data source').fill('UK shop');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('Imported 3 of 3 rows as “UK shop”');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const row = page.locator('[data-source="uk-shop"]');
  await expect(row.getByLabel('Currency of UK shop')).toHaveValue('GBP');
  await expect(page.locator('[data-source="demo"]')).toContainText('Prices in USD');
  await row.getByRole('button', { name: 'Use' }).click();

  await page.locator('nav[aria-label="Main"] button[data-page="explore"]').click();
  const shirt = page.locator('.product-tile[data-product-id]', { hasText: 'Linen shirt' });
  await expect(shirt).toBeVisible({ timeout: 30_000 });
  await expect(shirt.locator('.product-tile__revenue strong')).toHaveText('£299');
  // The product page's measures say pounds too.
  await shirt.click();
  await expect(page.locator('[data-measure="revenue"] .product-measure__value')).toHaveText('£299.00');
  await page.keyboard.press('Escape');

  // Changed in Settings, Explore follows; not set shows plain numbers.
  await page.keyboard.press('Alt+Digit6');
  await row.getByLabel('Currency of UK shop').selectOption('');
  await expect(row.getByLabel('Currency of UK shop')).toHaveValue('');
  await page.locator('nav[aria-label="Main"] button[data-page="explore"]').click();
  await expect(shirt.locator('.product-tile__revenue strong')).toHaveText('299');
  expect(consoleErrors).toEqual([]);
});
