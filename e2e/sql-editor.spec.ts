import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startAisle, tempDataDir } from './aisle-process';
import { expect, test } from './fixtures';

const openSql = async (page: Page, url: string) => {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'SQL' }).click();
  await expect(page.locator('.monaco-editor')).toBeVisible();
};

/** Replaces the editor's text as a person pasting would (typing would trigger auto-closing brackets). */
const setSql = async (page: Page, sql: string) => {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
};

test.describe('SQL editor', () => {
  test('runs a million-row query with the keyboard and scrolls to the last row', async ({
    page,
    aisle,
    consoleErrors,
  }) => {
    await openSql(page, aisle.url);
    await setSql(page, 'SELECT range AS i FROM range(1000000)');
    await expect(page.getByTestId('estimate')).toHaveText('DuckDB SQL · ≈ 1,000,000 rows · local, no cost');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.getByTestId('status-line')).toContainText('1,000,000 rows', { timeout: 30_000 });
    const grid = page.getByRole('grid', { name: 'Query result' });
    await expect(grid.getByRole('gridcell').first()).toHaveText('0');
    await grid.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await expect(grid.getByRole('gridcell', { name: '999,999', exact: true })).toBeVisible();
    await expect(grid.getByRole('rowheader', { name: '1,000,000', exact: true })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('runs the statement under the cursor, binds @parameters, and shows a chart', async ({
    page,
    aisle,
    consoleErrors,
  }) => {
    await openSql(page, aisle.url);
    await setSql(page, 'SELECT 1 AS first;\nSELECT @n + 1 AS answer;');
    await expect(page.getByLabel('Query parameters')).toContainText('@n');
    await page.getByLabel('Query parameters').getByRole('textbox').fill('41');
    await page.locator('.monaco-editor .view-line').nth(1).click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.getByRole('grid', { name: 'Query result' }).getByRole('gridcell')).toHaveText('42');

    await setSql(
      page,
      'SELECT p.category, round(sum(oi.sale_price)) AS revenue FROM order_items oi JOIN products p ON p.id = oi.product_id GROUP BY 1 ORDER BY 2 DESC LIMIT 6',
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('status-line')).toContainText('6 rows');

    // Sorting and filtering happen in the engine, on the whole result.
    const grid = page.getByRole('grid', { name: 'Query result' });
    const revenueHeader = grid.getByRole('columnheader', { name: /revenue/ });
    await revenueHeader.getByRole('button', { name: /^revenue/ }).click();
    await expect(page.getByTestId('status-line')).toContainText('sorted by revenue ↓');
    await grid
      .getByRole('columnheader', { name: /revenue/ })
      .getByRole('button', { name: /^revenue/ })
      .click();
    await expect(page.getByTestId('status-line')).toContainText('sorted by revenue ↑');
    await expect(grid.getByRole('columnheader', { name: /revenue/ })).toHaveAttribute('aria-sort', 'ascending');
    await page.getByLabel('Filter rows').fill('jeans');
    await page.getByLabel('Filter rows').press('Enter');
    await expect(page.getByTestId('status-line')).toContainText('1 row');
    await expect(page.getByTestId('status-line')).toContainText('rows containing “jeans”');
    await expect(grid.getByRole('gridcell').first()).toHaveText('Jeans');

    await page.getByRole('radiogroup', { name: 'Result view' }).getByRole('radio', { name: 'Chart' }).click();
    await expect(page.getByTestId('quick-chart').locator('svg')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a broken query marks its line and says what went wrong; history finds it', async ({
    page,
    aisle,
    consoleErrors,
  }) => {
    await openSql(page, aisle.url);
    await setSql(page, 'SELECT\n  category,\n  count(*)\nFROM prodcts\nGROUP BY 1');
    await page.keyboard.press('ControlOrMeta+Enter');
    const error = page.locator('.query-error');
    await expect(error).toContainText('The query failed at line 4');
    await expect(error).toContainText('Table with name prodcts does not exist');
    await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);

    // A statement that would change data is flagged before it runs.
    await setSql(page, 'DELETE FROM products WHERE id = 1');
    await expect(page.getByText('changes data')).toBeVisible();

    await page.getByRole('radiogroup', { name: 'Sidebar' }).getByRole('radio', { name: 'History' }).click();
    await page.getByLabel('Search history').fill('prodcts');
    const history = page.getByRole('list', { name: 'Query history' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await page.getByLabel('When').selectOption('1');
    await page.getByLabel('Status').selectOption('failed');
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await page.getByLabel('Status').selectOption('complete');
    await expect(history.getByRole('listitem')).toHaveCount(0);
    await page.getByLabel('Status').selectOption('');
    await history.getByRole('button').first().click();
    await expect(page.getByRole('tab', { selected: true })).toContainText('Query');
    expect(consoleErrors).toEqual([]);
  });

  test('Esc cancels a long query, and the result says so', async ({ page, aisle, consoleErrors }) => {
    await openSql(page, aisle.url);
    await setSql(page, 'SELECT sum(hash(i) % 7) FROM range(0, 20000000000) t(i)');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.getByText('Press Esc to cancel.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.query-error')).toContainText('The query was cancelled');
    expect(consoleErrors).toEqual([]);
  });

  test('saves a query, reopens it, exports CSV, and keeps tabs across a restart', async ({ page, consoleErrors }) => {
    const dataDir = tempDataDir();
    const env = { AISLE_DATA_DIR: dataDir, AISLE_DEMO_SCALE: '0.01', AISLE_CONNECTIVITY_URL: 'http://127.0.0.1:9/' };
    let aisle = await startAisle(env);
    try {
      await openSql(page, aisle.url);
      await setSql(page, 'SELECT department, count(*) AS products FROM products GROUP BY 1 ORDER BY 1');
      await page.keyboard.press('ControlOrMeta+Enter');
      await expect(page.getByTestId('status-line')).toContainText('2 rows');

      await page.keyboard.press('ControlOrMeta+S');
      const dialog = page.getByRole('dialog', { name: 'Save query' });
      await dialog.getByLabel('Name').fill('Products per department');
      await dialog.getByLabel('Tags (comma-separated)').fill('catalogue');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('tab', { selected: true })).toContainText('Products per department');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSV' }).click();
      const file = await (await download).path();
      expect(readFileSync(file, 'utf8').split('\r\n').slice(0, 3)).toEqual([
        '\ufeffdepartment,products',
        expect.stringMatching(/^Men,\d+$/),
        expect.stringMatching(/^Women,\d+$/),
      ]);

      await page.getByRole('button', { name: 'New query tab' }).click();
      await setSql(page, 'SELECT 42 AS unsaved_work');
      await page.waitForTimeout(800);
    } finally {
      await page.goto('about:blank');
      await aisle.stop();
    }

    aisle = await startAisle(env);
    try {
      await openSql(page, aisle.url);
      await expect(page.getByRole('tab')).toHaveCount(2);
      await expect(page.locator('.monaco-editor .view-lines')).toContainText('SELECT 42 AS unsaved_work');
      await page.getByRole('tab', { name: /Products per department/ }).click();
      await expect(page.getByTestId('status-line')).toContainText('2 rows');
      await page.getByRole('radiogroup', { name: 'Sidebar' }).getByRole('radio', { name: 'Saved' }).click();
      const saved = page.getByRole('list', { name: 'Saved queries' });
      await expect(saved).toContainText('Products per department');
      await expect(saved).toContainText('#catalogue');
      await saved.locator('.sidebar-item', { hasText: 'Products per department' }).click();
      await expect(page.getByRole('tab')).toHaveCount(3);
    } finally {
      await page.goto('about:blank');
      await aisle.stop();
    }
    expect(consoleErrors).toEqual([]);
  });
});
