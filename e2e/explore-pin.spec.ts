import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startAisle, type RunningAisle } from './aisle-process';

/**
 * "Pin any explorer view as a report": the grid filtered and sorted as a merchandiser sees it
 * becomes a report with its chart and table, and opens back in Explore as the same grid.
 * A store at scale 0.1, so the quality complaints the generator plants make a pattern.
 */
test.describe('Pinning an explorer view', () => {
  let aisle: RunningAisle;

  test.beforeAll(async () => {
    aisle = await startAisle({
      AISLE_DEMO_SCALE: '0.1',
      AISLE_CONNECTIVITY_URL: 'http://127.0.0.1:9/',
      AISLE_ASK_OFFLINE: '1',
    });
  });

  test.afterAll(async () => {
    await aisle.stop();
  });

  test('pins the filtered grid, shows it in Reports and opens it back in Explore', async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(aisle.url);
    await page.locator('nav[aria-label="Main"] button[data-page="explore"]').click();
    const tiles = page.locator('.product-tile[data-product-id]');
    await expect(tiles.first()).toBeVisible({ timeout: 60_000 });
    const manifest = JSON.parse(readFileSync(`${aisle.dataDir}/demo-manifest.json`, 'utf8')) as {
      plantedFacts: { kind: string; productId?: number; productName?: string }[];
    };
    const collapsed = manifest.plantedFacts.find((fact) => fact.kind === 'quality_collapse');
    if (!collapsed?.productId || !collapsed.productName) throw new Error('no quality collapse in the manifest');

    // The view: products with quality complaints, worst first.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Has complaints about').selectOption('quality');
    await page.getByLabel('Sort by').selectOption('complaints');
    await expect(tiles.first()).toHaveAttribute('data-product-id', String(collapsed.productId));
    const summary = await page.locator('.explore__summary strong').textContent();

    // Pin it under the title the view suggests.
    await page.getByRole('button', { name: 'Pin view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pin this view as a report' });
    await expect(dialog.getByLabel('Title')).toHaveValue('Quality complaints · by complaints');
    await dialog.getByRole('button', { name: 'Pin as report' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Pinned “Quality complaints · by complaints”' }),
    ).toHaveText('Pinned “Quality complaints · by complaints”. It is in Reports.');

    // Explore moves on; the report keeps the view.
    await page.getByRole('button', { name: 'Remove filter: Quality complaints' }).click();
    await page.getByLabel('Sort by').selectOption('revenue');
    await expect(page.getByRole('button', { name: 'Remove filter: Quality complaints' })).toHaveCount(0);

    await page.locator('nav[aria-label="Main"] button[data-page="reports"]').click();
    await page.getByRole('radio', { name: 'Explorer views' }).click();
    const cards = page.getByRole('list', { name: 'Reports' }).getByRole('listitem');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText('Explorer view');
    await expect(cards.first().locator('.report-thumb__bar').first()).toBeVisible();
    await cards.first().getByText('Quality complaints · by complaints').click();

    const report = page.getByTestId('report-view');
    await expect(report.getByRole('region', { name: 'Explorer view' })).toContainText('Complaints aboutQuality');
    await expect(report.getByTestId('report-chart')).toHaveAttribute('data-chart-type', 'bar');
    const table = report.getByRole('region', { name: 'Table' }).getByRole('table');
    await expect(table.getByRole('row').nth(1)).toContainText(collapsed.productName);
    await expect(table.getByRole('columnheader', { name: 'Quality complaints %' })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(Number((summary ?? '').replace(/,/g, '')) + 1);

    // A refresh reads the view again into version 2.
    await report.getByRole('button', { name: /^Refresh/ }).click();
    await expect(page.getByLabel('Compare version 2')).toBeVisible({ timeout: 30_000 });

    // Open in Explore brings back the same filtered, sorted grid.
    await report.getByRole('button', { name: 'Open in Explore' }).click();
    await expect(page.getByRole('button', { name: 'Remove filter: Quality complaints' })).toBeVisible();
    await expect(page.getByLabel('Sort by')).toHaveValue('complaints');
    await expect(tiles.first()).toHaveAttribute('data-product-id', String(collapsed.productId));
    await expect(page.locator('.explore__summary strong')).toHaveText(summary ?? '');
    expect(errors).toEqual([]);
  });
});
