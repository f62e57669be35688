import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import {
  FAKE_CLIENT_ID,
  FAKE_CLIENT_SECRET,
  startFakeGoogle,
  type FakeGoogle,
} from '../test/google-fakes/fake-google-server';
import { googleEnv, startAisle, tempDataDir, type RunningAisle } from './aisle-process';
import { signInWithEnvironmentClient } from './google-sign-in';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The "done when": yesterday, online, a merchandiser pins a BigQuery answer and a forecast
 * and opens a product; today, on a plane (Aisle restarted, Google unreachable), the reports,
 * the forecast and the product open from this computer and a deck with native charts is built;
 * on landing, Aisle offers to refresh the reports now more than a day old.
 */
test.describe('On a plane', () => {
  let google: FakeGoogle;
  let aisle: RunningAisle | null = null;
  const dataDir = tempDataDir();

  const start = async (): Promise<RunningAisle> =>
    startAisle({
      ...googleEnv(google.url),
      AISLE_DATA_DIR: dataDir,
      AISLE_OAUTH_CLIENT_ID: FAKE_CLIENT_ID,
      AISLE_OAUTH_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      AISLE_DEMO_SCALE: '0.01',
      AISLE_ASK_OFFLINE: '1',
    });

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

  test.beforeAll(async () => {
    google = await startFakeGoogle();
  });

  test.afterAll(async () => {
    await aisle?.stop();
    await google.close().catch(() => undefined);
  });

  test('yesterday’s reports, forecast and product open offline, a deck is built, and landing offers a refresh', async ({
    browser,
  }) => {
    test.setTimeout(240_000);

    // Yesterday, online: sign in, pin an answer and a forecast from theLook on BigQuery, open a product.
    aisle = await start();
    const yesterday = await browser.newPage();
    await yesterday.goto(aisle.url);
    await signInWithEnvironmentClient(yesterday);
    await yesterday.getByLabel('Data source', { exact: true }).selectOption('thelook');

    await nav(yesterday, 'Ask');
    const box = yesterday.getByRole('textbox', { name: 'Question' });
    await box.fill('revenue by category');
    await box.press('Enter');
    const answer = yesterday.getByTestId('answer-card').last();
    await expect(answer).toHaveAttribute('data-kind', 'answer', { timeout: 30_000 });
    await answer.getByRole('button', { name: 'Pin as report' }).click();
    await expect(answer.getByRole('button', { name: 'Pinned' })).toBeVisible();

    await nav(yesterday, 'Forecast');
    await expect(yesterday.getByTestId('accuracy-card')).toBeVisible({ timeout: 60_000 });
    await yesterday.getByRole('button', { name: 'Pin as report' }).first().click();
    const pinDialog = yesterday.getByRole('dialog', { name: 'Pin forecast as a report' });
    await pinDialog.getByRole('textbox').fill('Revenue outlook');
    await pinDialog.getByRole('button', { name: 'Pin as report' }).click();
    await expect(yesterday.getByRole('status').filter({ hasText: /Pinned/ })).toBeVisible();

    await nav(yesterday, 'Explore');
    const tiles = yesterday.locator('.product-tile[data-product-id]');
    await expect(tiles.first()).toBeVisible({ timeout: 60_000 });
    const productName = (await tiles.first().locator('.product-tile__name').textContent()) ?? '';
    await tiles.first().click();
    await expect(yesterday.getByTestId('product-page')).toBeVisible({ timeout: 30_000 });
    await expect(yesterday.getByTestId('offline-note')).toHaveCount(0);
    await yesterday.close();
    await aisle.stop();

    // Today, on a plane: Google is unreachable and Aisle starts again; the page's clock is two days on.
    await google.pause();
    aisle = await start();
    const page = await browser.newPage();
    await page.clock.install({ time: new Date(Date.now() + 2 * DAY_MS) });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(aisle.url);
    await expect(page.getByTestId('network-status')).toHaveText('Offline', { timeout: 30_000 });
    await page.getByLabel('Data source', { exact: true }).selectOption('thelook');

    // The reports open from the cache, with what needs Google disabled.
    await nav(page, 'Reports');
    await page.getByText('revenue by category').first().click();
    await expect(page.getByRole('status').filter({ hasText: /You are offline/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Refresh/ })).toBeDisabled();
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.keyboard.press('Escape');

    // A deck of both, with native charts carrying their data, built with the network off.
    await page.getByRole('checkbox', { name: 'Choose “revenue by category” for a deck' }).check();
    await page.getByRole('checkbox', { name: 'Choose “Revenue outlook” for a deck' }).check();
    await page.getByRole('button', { name: 'Build deck (2)' }).click();
    const [deck] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('dialog').getByRole('button', { name: 'Build deck' }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await deck.path()));
    const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(2);
    const chartXml = await Promise.all(charts.map((name) => zip.file(name)?.async('string') ?? Promise.resolve('')));
    expect(chartXml.some((xml) => xml.includes('<c:barChart>'))).toBe(true);
    expect(chartXml.some((xml) => xml.includes('<c:lineChart>') && xml.includes('Forecast'))).toBe(true);
    expect(Object.keys(zip.files).some((name) => name.startsWith('ppt/embeddings/'))).toBe(true);

    // The forecast and the product open as they were read, each saying so.
    await nav(page, 'Forecast');
    await expect(page.getByTestId('accuracy-card')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('list', { name: 'Notes' })).toContainText(/Offline: this is the forecast made on/);
    await nav(page, 'Explore');
    await expect(page.getByTestId('offline-note')).toContainText(/Offline: the products as read on/, {
      timeout: 30_000,
    });
    await page.locator('.product-tile[data-product-id]').first().click();
    await expect(page.getByTestId('product-page')).toContainText(productName);
    await expect(page.getByTestId('offline-note')).toContainText(/this product’s sales as read on/);

    // Landing: Google is back, and the answer read "yesterday" is offered for a refresh.
    await google.resume();
    await page.getByTestId('network-status').click();
    await expect(page.getByTestId('network-status')).toHaveText('Online', { timeout: 20_000 });
    const offer = page.getByTestId('back-online');
    await expect(offer).toContainText('1 report was last read more than a day ago');
    await offer.getByRole('button', { name: 'Refresh them' }).click();
    await expect(offer).toContainText('Refreshed 1 report', { timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
