import { expect, type Page } from '@playwright/test';
import { FAKE_ACCOUNT, FAKE_PROJECT } from '../test/google-fakes/fake-google-server';

/**
 * Signs in to the fake Google with the OAuth client Aisle was started with (its environment):
 * Settings > Sign in, the consent page the offered link opens, then the fake billing project.
 */
export const signInWithEnvironmentClient = async (page: Page): Promise<void> => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Google account' });
  await section.getByRole('button', { name: 'Sign in with Google' }).click();
  const [consent] = await Promise.all([
    page.context().waitForEvent('page'),
    section.getByRole('link', { name: 'Open Google’s sign-in page' }).click(),
  ]);
  await expect(consent.getByText(/signed in/i).first()).toBeVisible();
  await consent.close();
  await expect(page.getByTestId('account-state')).toHaveText(FAKE_ACCOUNT);
  await section.getByLabel('Billing project').selectOption(FAKE_PROJECT);
};
