import { expect, test } from '@playwright/test';
import { startAisle, type RunningAisle } from './aisle-process';

/** The Forecast page on a small demo store: a chart with its track record, small multiples, a pin, and Ask's hand-off. */
test.describe('Forecast', () => {
  let aisle: RunningAisle;

  test.beforeAll(async () => {
    aisle = await startAisle({
      AISLE_DEMO_SCALE: '0.05',
      AISLE_CONNECTIVITY_URL: 'http://127.0.0.1:9/',
      AISLE_ASK_OFFLINE: '1',
    });
  });

  test.afterAll(async () => {
    await aisle.stop();
  });

  test('forecasts with an interval and its backtest, splits by category, pins, and answers Ask', async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(aisle.url);
    await page.locator('nav[aria-label="Main"] button[data-page="forecast"]').click();

    // The total, weekly: the chart and the accuracy card with MASE next to seasonal naive.
    const accuracy = page.getByTestId('accuracy-card');
    await expect(accuracy).toBeVisible({ timeout: 60_000 });
    await expect(accuracy).toContainText('MASE');
    await expect(accuracy).toContainText('Seasonal naive');
    await expect(accuracy).toContainText(/Combination|ETS|Theta|ARIMA|naive/);
    await expect(page.locator('.forecast-chart svg, [data-testid="forecast-chart"] svg').first()).toBeVisible();

    // By category: one small chart per category, each with its own accuracy.
    await page.getByLabel('Level').selectOption('category');
    const tiles = page.getByRole('button', { name: /: open the forecast large$/ });
    await expect(tiles.first()).toBeVisible({ timeout: 60_000 });
    expect(await tiles.count()).toBeGreaterThan(3);
    await tiles.first().click();
    await expect(page.getByTestId('accuracy-card')).toBeVisible();

    // Pinned as a report.
    await page.getByRole('button', { name: 'Pin as report' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Pin forecast as a report' });
    await dialog.getByRole('button', { name: 'Pin as report' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Pinned/ })).toBeVisible();

    // Ask answers a forecast question with a forecast, and opens it here.
    await page.locator('nav[aria-label="Main"] button[data-page="ask"]').click();
    const box = page.getByRole('textbox', { name: 'Question' });
    await box.fill('Forecast dresses for the next 8 weeks');
    await box.press('Enter');
    const answer = page.getByRole('region', { name: 'Forecast' });
    await expect(answer.locator('svg').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('narrative').last()).toContainText('Dresses over the next 8 weeks');
    // Pinned from Ask, the answer is kept as the forecast it shows (not its history table).
    const card = page.getByTestId('answer-card').last();
    await card.getByRole('button', { name: 'Pin as report' }).click();
    await expect(card.getByRole('button', { name: 'Pinned' })).toBeVisible();
    await page.locator('nav[aria-label="Main"] button[data-page="reports"]').click();
    await page.getByRole('radio', { name: 'Forecasts', exact: true }).click();
    await expect(page.getByText('Forecast dresses for the next 8 weeks')).toBeVisible();
    await page.locator('nav[aria-label="Main"] button[data-page="ask"]').click();
    await answer.getByRole('button', { name: 'Open in Forecast' }).click();
    await expect(page.getByLabel('Level')).toHaveValue('category');
    await expect(page.getByRole('complementary', { name: 'Accuracy of the Dresses forecast' })).toBeVisible({
      timeout: 60_000,
    });
    expect(errors).toEqual([]);
  });
});
