import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './aisle-process';
import { expect, test } from './fixtures';

const pages = [
  { id: 'ask', label: 'Ask', heading: 'Ask your sales a question' },
  { id: 'explore', label: 'Explore', heading: 'Explore products and reviews' },
  { id: 'forecast', label: 'Forecast', heading: 'Forecast' },
  { id: 'sql', label: 'SQL', heading: 'SQL editor' },
  { id: 'reports', label: 'Reports', heading: 'Reports' },
  { id: 'settings', label: 'Settings', heading: 'About Aisle' },
] as const;

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const expectOnPage = async (page: Page, target: (typeof pages)[number]) => {
  await expect(page.locator('main.content')).toHaveAttribute('data-page', target.id);
  await expect(page.getByRole('heading', { name: target.heading, exact: true }).first()).toBeAttached();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: target.label }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle(`${target.label} · Aisle`);
};

test.describe('app shell in web mode', () => {
  test('opens on Ask, moves the token out of the address bar, and shows status', async ({
    page,
    aisle,
    consoleErrors,
  }) => {
    await page.goto(aisle.url);
    await expectOnPage(page, pages[0]);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => sessionStorage.getItem('aisle.launchToken'))).toBe(aisle.token);
    await expect(page.getByLabel('Data source')).toHaveValue('demo');
    await expect(page.getByLabel('Data source').locator('option:checked')).toHaveText('Demo store (local)');
    await expect(page.getByTestId('account-state')).toHaveText('Not signed in');
    await expect(page.getByTestId('network-status')).toHaveText('Online');
    // Reloading without the fragment still works: the token lives in this tab's sessionStorage.
    await page.reload();
    await expectOnPage(page, pages[0]);
    expect(consoleErrors).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`visits every page by click in the ${theme} theme`, async ({ page, aisle, consoleErrors }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(aisle.url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const target of pages) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: target.label }).click();
        await expectOnPage(page, target);
        await page.screenshot({ path: join(SCREENSHOTS, `${theme}-${target.id}.png`) });
      }
      expect(consoleErrors).toEqual([]);
    });
  }

  test('visits every page by keyboard: Alt+1..6 and Ctrl+1..6', async ({ page, aisle, consoleErrors }) => {
    await page.goto(aisle.url);
    for (const [index, target] of [...pages.entries()].reverse()) {
      await page.keyboard.press(`Alt+Digit${index + 1}`);
      await expectOnPage(page, target);
    }
    for (const [index, target] of pages.entries()) {
      await page.keyboard.press(`Control+Digit${index + 1}`);
      await expectOnPage(page, target);
    }
    expect(consoleErrors).toEqual([]);
  });

  test('settings shows what app.info reports', async ({ page, aisle, consoleErrors }) => {
    await page.goto(aisle.url);
    await page.keyboard.press('Alt+Digit6');
    const about = page.getByTestId('about');
    await expect(about).toContainText('Web mode (browser tab on 127.0.0.1)');
    await expect(about).toContainText(aisle.dataDir);
    await expect(about).toContainText(process.versions.node);
    await expect(about).toContainText(/Chromium\s*\d+\.\d+.*\(this browser\)/);
    await expect(about).toContainText('not used in web mode');
    expect(consoleErrors).toEqual([]);
  });

  test('the theme switch overrides the OS and is remembered', async ({ page, aisle, consoleErrors }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(aisle.url);
    await page.keyboard.press('Alt+Digit6');
    const theme = page.getByRole('radiogroup', { name: 'Theme' });
    await expect(theme.getByRole('radio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
    await theme.getByRole('radio', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Arrow keys move within the radio group.
    await theme.getByRole('radio', { name: 'Dark' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // The top-bar button flips the theme too.
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await theme.getByRole('radio', { name: 'System' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(consoleErrors).toEqual([]);
  });

  test('the page stays usable at 1280x720 with nothing cut off', async ({ page, aisle, consoleErrors }) => {
    await page.goto(aisle.url);
    for (const target of pages) {
      await page.keyboard.press(`Alt+Digit${pages.indexOf(target) + 1}`);
      await expectOnPage(page, target);
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `${target.id} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    expect(consoleErrors).toEqual([]);
  });
});
