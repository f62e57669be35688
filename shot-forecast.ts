import { chromium, type Page } from '@playwright/test';
import { startAisle } from './e2e/aisle-process';

const aisle = await startAisle({ AISLE_DEMO_SCALE: '0.1' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const errors: string[] = [];
const only = process.argv[2] ?? 'all';
const settle = async (page: Page, selector: string): Promise<void> => {
  await page
    .locator(`${selector}, .forecast-error, .forecast-empty`)
    .first()
    .waitFor({ timeout: 180_000 })
    .catch(() => console.log('timeout waiting for', selector));
  await page.waitForTimeout(1200);
};
const open = async (theme: 'light' | 'dark') => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, colorScheme: theme });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${theme}: ${m.text()}`);
  });
  return { context, page };
};
try {
  if (only === 'all' || only === 'main') {
    for (const theme of ['light', 'dark'] as const) {
      const { context, page } = await open(theme);
      await page.goto(aisle.url);
      await page.locator('nav[aria-label="Main"] button[data-page="forecast"]').click();
      await settle(page, '[data-testid="forecast-chart"]');
      await page.screenshot({ path: `/tmp/forecast-total-${theme}.png`, fullPage: true });
      if (theme === 'light') {
        await page.getByLabel('Level').selectOption('product');
        await page.getByRole('radio', { name: 'Day' }).click();
        await page.locator('.member-picker > .button').click();
        await page.getByLabel('Search products').fill('jean');
        await page.waitForTimeout(1500);
        await page.locator('.member-picker__option input').first().check();
        await page.screenshot({ path: `/tmp/forecast-picker-${theme}.png` });
        await page.keyboard.press('Escape');
        await page.waitForTimeout(600);
        await settle(page, '[data-testid="forecast-chart"]');
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `/tmp/forecast-product-day-${theme}.png`, fullPage: true });
        await page.getByRole('button', { name: 'Pin as report' }).click();
        await page.locator('dialog').getByRole('button', { name: 'Pin as report' }).click();
        await page.locator('.forecast-notice').waitFor({ timeout: 60_000 }).catch(() => console.log('no notice'));
        await page.screenshot({ path: `/tmp/forecast-pinned-${theme}.png` });
        console.log('notice:', await page.locator('.forecast-notice').innerText().catch(() => 'none'));
        await page.locator('nav[aria-label="Main"] button[data-page="reports"]').click();
        await page.waitForTimeout(2000);
        await page.screenshot({ path: `/tmp/forecast-reports-${theme}.png` });
      }
      await context.close();
    }
  }
  if (only === 'events') {
    for (const theme of ['light', 'dark'] as const) {
      const { context, page } = await open(theme);
      await page.goto(aisle.url);
      await page.locator('nav[aria-label="Main"] button[data-page="forecast"]').click();
      await settle(page, '[data-testid="forecast-chart"]');
      await page.getByLabel('Level').selectOption('product');
      await page.locator('.member-picker > .button').click();
      await page.waitForTimeout(1500);
      await page.locator('.member-picker__option input').first().check();
      await page.keyboard.press('Escape');
      await page.waitForTimeout(800);
      await settle(page, '[data-testid="forecast-chart"]');
      await page.waitForTimeout(1500);
      await page.locator('.forecast-events summary').click().catch(() => console.log('no events'));
      await page.locator('.forecast-events').scrollIntoViewIfNeeded().catch(() => undefined);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/forecast-events-${theme}.png` });
      await context.close();
    }
  }
  if (only === 'all' || only === 'bq') {
    const { context, page } = await open('light');
    await page.route('**/api/sources.list', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { ok: boolean; value: { sources: { kind: string }[] } };
      for (const source of body.value.sources) source.kind = 'bigquery';
      await route.fulfill({ response, json: body });
    });
    await page.route('**/api/forecast.estimate', (route) =>
      route.fulfill({
        json: { ok: true, value: { bytesProcessed: 1.3e9, costUsd: 0.0081, note: 'Dry run of AI.FORECAST over 12 series.' } },
      }),
    );
    let fail = true;
    await page.route('**/api/forecast.run', async (route) => {
      const input = route.request().postDataJSON() as { engine: string };
      if (input.engine === 'local') return route.continue();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      if (!fail) {
        const response = await route.fetch({ postData: JSON.stringify({ ...input, engine: 'local' }) });
        const body = (await response.json()) as { value: Record<string, unknown> & { notes: string[]; series: { model: string }[] } };
        Object.assign(body.value, { engine: 'bigquery_timesfm', bytesProcessed: 1.3e9, costUsd: 0.0081 });
        body.value.notes.push('Forecast by TimesFM 2.0 through AI.FORECAST.');
        for (const series of body.value.series) series.model = 'TimesFM 2.0 (AI.FORECAST)';
        return route.fulfill({ response, json: body });
      }
      return route.fulfill({
        json: { ok: false, error: { code: 'unavailable', message: 'BigQuery did not answer in time. Check the connection and try again.' } },
      });
    });
    await page.goto(aisle.url);
    await page.locator('nav[aria-label="Main"] button[data-page="forecast"]').click();
    await settle(page, '[data-testid="forecast-chart"]');
    await page.getByLabel('Level').selectOption('category');
    await page.getByLabel('Engine').selectOption('bigquery_timesfm');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/forecast-bq-cost.png' });
    await page.getByRole('button', { name: /Run on BigQuery/ }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: '/tmp/forecast-bq-running.png' });
    await page.waitForTimeout(2000);
    await page.screenshot({ path: '/tmp/forecast-bq-error.png' });
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await settle(page, '[data-testid="forecast-grid"]');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/forecast-bq-result.png', fullPage: true });
    await context.close();
  }
  console.log('errors', errors);
} finally {
  await browser.close();
  await aisle.stop();
}
