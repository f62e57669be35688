import { startFakeGoogle } from '../test/google-fakes/fake-google-server';
import { startAisle } from './aisle-process';
import { expect, test } from './fixtures';

test('first launch builds the demo store with visible progress, then Settings can regenerate it', async ({
  page,
  consoleErrors,
}) => {
  const google = await startFakeGoogle();
  // Large enough that the build is still running when the page opens.
  const aisle = await startAisle({ AISLE_CONNECTIVITY_URL: google.url, AISLE_DEMO_SCALE: '0.4' });
  try {
    await page.goto(aisle.url);
    const banner = page.getByTestId('demo-setup');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Setting up the demo store');
    await expect(banner.getByRole('progressbar', { name: 'Demo store generation' })).toBeVisible();
    await expect(banner).toBeHidden({ timeout: 30_000 });
    expect(aisle.stderr()).toMatch(/Demo store: \d+% Taking orders/);
    expect(aisle.stderr()).toContain('Demo store ready.');

    await page.keyboard.press('Alt+Digit6');
    const summary = page.getByTestId('demo-summary');
    await expect(summary).toHaveText(/^Scale 0\.4 · [\d,]+ order lines · seed 42$/);

    await page.getByLabel('Regenerate at scale').selectOption('0.1');
    await page.getByRole('button', { name: 'Regenerate' }).click();
    await expect(page.getByText('This replaces the demo store with a new one.')).toBeVisible();
    await page.getByRole('button', { name: 'Replace the demo store' }).click();
    await expect(summary).toHaveText(/^Scale 0\.1 · [\d,]+ order lines · seed 42$/, { timeout: 30_000 });
    const lines = Number((await summary.textContent())?.match(/· ([\d,]+) order lines/)?.[1]?.replaceAll(',', ''));
    expect(lines).toBeGreaterThan(90_000);
    expect(lines).toBeLessThan(110_000);
  } finally {
    // Leave the page before its server goes, or its event stream logs a refused reconnect.
    await page.goto('about:blank');
    await aisle.stop();
    await google.close();
  }
  expect(consoleErrors).toEqual([]);
});
