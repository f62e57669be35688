import { expect, test } from '@playwright/test';
import {
  FAKE_CLIENT_ID,
  FAKE_CLIENT_SECRET,
  startFakeGoogle,
  type FakeGoogle,
} from '../test/google-fakes/fake-google-server';
import { googleEnv, startAisle, type RunningAisle } from './aisle-process';
import { signInWithEnvironmentClient } from './google-sign-in';

/**
 * Offline review: with Google's (loopback) endpoints stopped mid-session, a question asked before
 * is answered from the kept answer with its "as of", a new one says it needs Google, and a
 * pinned BigQuery report opens from the cache with its refresh disabled and the reason given.
 */
test.describe('Offline', () => {
  let google: FakeGoogle;
  let aisle: RunningAisle;

  test.beforeAll(async () => {
    google = await startFakeGoogle();
    aisle = await startAisle({
      ...googleEnv(google.url),
      AISLE_CONNECTIVITY_URL: google.url,
      AISLE_OAUTH_CLIENT_ID: FAKE_CLIENT_ID,
      AISLE_OAUTH_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      AISLE_DEMO_SCALE: '0.01',
      AISLE_ASK_OFFLINE: '1',
    });
  });

  test.afterAll(async () => {
    await aisle.stop();
    await google.close().catch(() => undefined);
  });

  test('answers from the cache and disables what needs the network, saying why', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(aisle.url);
    // Sign in (the client comes from the environment) and choose a billing project.
    await signInWithEnvironmentClient(page);
    await expect(page.getByTestId('network-status')).toHaveText('Online');

    // Online: ask theLook on BigQuery and pin the answer.
    await page.getByLabel('Data source', { exact: true }).selectOption('thelook');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Ask' }).click();
    const box = page.getByRole('textbox', { name: 'Question' });
    await box.fill('revenue by category');
    await box.press('Enter');
    const first = page.getByTestId('answer-card').last();
    await expect(first).toHaveAttribute('data-kind', 'answer', { timeout: 30_000 });
    await first.getByRole('button', { name: 'Pin as report' }).click();
    await expect(first.getByRole('button', { name: 'Pinned' })).toBeVisible();

    // Google goes away mid-session; the app notices.
    await google.close();
    await page.getByTestId('network-status').click();
    await expect(page.getByTestId('network-status')).toHaveText('Offline', { timeout: 20_000 });

    // The same question: the kept answer, saying when its numbers were read.
    await box.fill('Revenue by category');
    await box.press('Enter');
    const again = page.getByTestId('answer-card').last();
    await expect(again).toContainText(/Offline: this is the answer from/, { timeout: 20_000 });
    await expect(again.getByRole('table')).toBeVisible();
    // A new question needs Google, and says so.
    await box.fill('units by country');
    await box.press('Enter');
    await expect(page.getByTestId('answer-card').last()).toContainText(/You are offline/, { timeout: 20_000 });

    // The pinned report opens from the cache; refreshing it waits for the network.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Reports' }).click();
    await page.getByText('revenue by category').first().click();
    await expect(page.getByRole('status').filter({ hasText: /You are offline/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Refresh/ })).toBeDisabled();
  });
});
