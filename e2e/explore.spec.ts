import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startAisle, type RunningAisle } from './aisle-process';

/**
 * The issue's "done when": a merchandiser finds the product whose quality collapsed, sees why in
 * the customers' own words, with pictures. A store of its own at scale 0.1, so the planted
 * defect has enough reviews to stand out.
 */
test.describe('Explore', () => {
  let aisle: RunningAisle;
  let puffer: { productId: number; productName: string; from: string };

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

  test('finds the product whose quality collapsed, sees why in reviews with pictures, and gets there from Ask', async ({
    page,
  }) => {
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
    const manifest = JSON.parse(readFileSync(join(aisle.dataDir, 'demo-manifest.json'), 'utf8')) as {
      plantedFacts: { kind: string; productId?: number; productName?: string; from?: string }[];
    };
    const fact = manifest.plantedFacts.find((candidate) => candidate.kind === 'quality_collapse');
    if (!fact?.productId || !fact.productName || !fact.from) throw new Error('no quality collapse in the manifest');
    puffer = { productId: fact.productId, productName: fact.productName, from: fact.from };

    // Pictures load through main as data URLs.
    await expect(tiles.first().locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);

    // Filter for quality complaints, worst first: the collapsed product leads.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Has complaints about').selectOption('quality');
    await page.getByLabel('Sort by').selectOption('complaints');
    await expect(page.getByRole('button', { name: 'Remove filter: Quality complaints' })).toBeVisible();
    const first = tiles.first();
    await expect(first).toHaveAttribute('data-product-id', String(puffer.productId));
    await expect(first.locator('.product-tile__complaint')).toContainText(/Quality complaints · \d+%/);

    // Keyboard: arrows move between tiles, Enter opens one.
    await first.focus();
    if ((await tiles.count()) > 1) {
      await page.keyboard.press('ArrowRight');
      await expect(tiles.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowLeft');
    }
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');

    // The product page: pictures, measures, the complaint in customers' words.
    await expect(page.getByRole('heading', { name: puffer.productName, level: 1 })).toBeVisible();
    await expect(page.getByText(/Top complaint: Quality/)).toBeVisible();
    await expect(page.locator('.product-gallery img').first()).toHaveAttribute('src', /^data:image/);
    await expect(page.getByRole('list', { name: 'Key measures' })).toContainText('Return rate');
    await page.getByRole('radio', { name: 'Since…' }).click();
    await page.locator('input[type="date"]').fill(puffer.from);
    const summary = page.locator('section[aria-labelledby="product-say-title"]');
    await expect(summary).toContainText('The top complaint is quality');
    await expect(summary.locator('.product-point__quote').first()).toContainText(
      /zip|seam|ripp|broke|tore|apart|pocket/i,
    );

    // The aspect table filters the review list; search finds the customers' words, stemmed and marked.
    await page.getByRole('button', { name: 'Quality', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(/Quality/);
    await page.getByPlaceholder(/Search these reviews/).fill('zippers');
    await expect(page.locator('.review-card mark').first()).toHaveText(/^zipper$/i);

    // Esc goes back to the grid, which kept its filters.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect(tiles.first()).toHaveAttribute('data-product-id', String(puffer.productId));

    // Ask hands review questions to the explorer.
    await page.locator('nav[aria-label="Main"] button[data-page="ask"]').click();
    const box = page.getByRole('textbox', { name: 'Question' });
    await box.fill('which products have quality complaints');
    await box.press('Enter');
    const answer = page.getByRole('region', { name: 'Products with complaints' });
    await expect(answer).toContainText(puffer.productName, { timeout: 30_000 });
    await answer.getByRole('button', { name: /in Explore/ }).click();
    await expect(page.getByRole('button', { name: 'Remove filter: Quality complaints' })).toBeVisible();
    await expect(tiles.first()).toHaveAttribute('data-product-id', String(puffer.productId));
    expect(errors).toEqual([]);
  });

  test('searches every review and opens the product a review is about', async ({ page }) => {
    await page.goto(aisle.url);
    await page.locator('nav[aria-label="Main"] button[data-page="explore"]').click();
    await page.getByRole('radio', { name: 'Reviews' }).click();
    await page.getByPlaceholder('Search all reviews').fill('broke');
    const card = page.locator('.review-card').first();
    await expect(card.locator('mark').first()).toHaveText(/^broke$/i);
    await card.locator('.review-card__product, button').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('What customers say')).toBeVisible();
  });
});
