import { startFakeGoogle } from '../test/google-fakes/fake-google-server';
import { startAisle } from './aisle-process';
import { expect, test } from './fixtures';

test('the indicator follows Google’s reachability and rechecks on click', async ({ page, consoleErrors }) => {
  const google = await startFakeGoogle();
  const aisle = await startAisle({ AISLE_CONNECTIVITY_URL: google.url });
  try {
    await page.goto(aisle.url);
    const indicator = page.getByTestId('network-status');
    await expect(indicator).toHaveText('Online');
    await google.close();
    await indicator.click();
    await expect(indicator).toHaveText('Offline');
    await expect(indicator).toHaveAttribute('title', /not reachable.*could not connect/);
  } finally {
    // Leave the page before its server goes, or its event stream logs a refused reconnect.
    await page.goto('about:blank');
    await aisle.stop();
  }
  expect(consoleErrors).toEqual([]);
});
