import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { startAisle, type RunningAisle } from './aisle-process';

const SQL = `SELECT p.category, count(*) AS units
FROM order_items oi JOIN products p ON p.id = oi.product_id
GROUP BY 1 ORDER BY 2 DESC`;

/** The report library: find, open, refresh into versions, compare, export a table, build a deck. */
test.describe('Reports', () => {
  let aisle: RunningAisle;

  const api = async (method: string, body: unknown): Promise<{ ok: boolean; value: Record<string, unknown> }> => {
    const response = await fetch(`${aisle.origin}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${aisle.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { ok: boolean; value: Record<string, unknown> };
  };

  test.beforeAll(async () => {
    aisle = await startAisle({ AISLE_DEMO_SCALE: '0.02', AISLE_CONNECTIVITY_URL: 'http://127.0.0.1:9/' });
  });

  test.afterAll(async () => {
    await aisle.stop();
  });

  test('finds a report, refreshes and compares versions, exports its table and builds a deck', async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(aisle.url);
    // Wait for the demo store, then pin a SQL result and a forecast (as the SQL and Forecast pages do).
    await expect(page.getByTestId('network-status')).toBeVisible();
    let run = await api('query.run', { sourceId: 'demo', sql: SQL });
    for (let attempt = 0; !run.ok && attempt < 60; attempt += 1) {
      await page.waitForTimeout(1000);
      run = await api('query.run', { sourceId: 'demo', sql: SQL });
    }
    expect(run.ok).toBe(true);
    await api('reports.pin', {
      title: 'Units by category',
      resultId: run.value['resultId'],
      chart: { type: 'bar', x: 0, y: [1] },
      tags: ['weekly'],
    });
    await api('forecast.pin', { request: { sourceId: 'demo', grain: 'month', horizon: 2 }, title: 'Revenue outlook' });

    await page.locator('nav[aria-label="Main"] button[data-page="reports"]').click();
    const cards = page.getByRole('list', { name: 'Reports' }).getByRole('listitem');
    await expect(cards).toHaveCount(2);
    await page.getByRole('searchbox', { name: 'Search reports' }).fill('units');
    await expect(cards).toHaveCount(1);
    await cards.first().getByText('Units by category').click();

    // The report opens from its snapshot: chart and table; a refresh keeps a second version.
    await expect(page.getByRole('region', { name: 'Chart' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Table' }).getByRole('table')).toBeVisible();
    await page.getByRole('button', { name: /^Refresh/ }).click();
    await expect(page.getByLabel('Compare version 2')).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('Compare version 1').check();
    await page.getByLabel('Compare version 2').check();
    await expect(page.getByTestId('report-compare')).toBeVisible();
    await expect(page.getByTestId('report-compare')).toContainText('v1');

    // The table as CSV, downloaded from main's exports.
    await page.getByRole('button', { name: 'Export' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Table as CSV' }).click(),
    ]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText.split('\r\n')[0]).toBe('\ufeffcategory,units');

    // Back in the library: tick both reports and build a deck.
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search reports' }).fill('');
    await expect(cards).toHaveCount(2);
    await page.getByRole('checkbox', { name: 'Choose “Units by category” for a deck' }).check();
    await page.getByRole('checkbox', { name: 'Choose “Revenue outlook” for a deck' }).check();
    await page.getByRole('button', { name: 'Build deck (2)' }).click();
    const dialog = page.getByRole('dialog');
    const [deck] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Build deck' }).click(),
    ]);
    expect(deck.suggestedFilename()).toMatch(/\.pptx$/);
    const zip = await JSZip.loadAsync(readFileSync(await deck.path()));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(3);
    expect(errors).toEqual([]);
  });
});
