import { test as base, expect } from '@playwright/test';
import { startAisle, startFakeGoogle, type RunningAisle } from './aisle-process';

interface WorkerFixtures {
  aisle: RunningAisle;
  fakeGoogle: { url: string; close(): Promise<void> };
}

/**
 * Every page gets a console watcher: an error in the console or an uncaught exception fails
 * the test that caused it.
 */
export const test = base.extend<{ consoleErrors: string[] }, WorkerFixtures>({
  fakeGoogle: [
    async ({}, use) => {
      const fake = await startFakeGoogle();
      await use(fake);
      await fake.close();
    },
    { scope: 'worker' },
  ],
  aisle: [
    async ({ fakeGoogle }, use) => {
      const aisle = await startAisle({ AISLE_CONNECTIVITY_URL: fakeGoogle.url, AISLE_DEMO_SCALE: '0.01' });
      await use(aisle);
      await aisle.stop();
    },
    { scope: 'worker' },
  ],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };
