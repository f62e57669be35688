import { test as base, expect } from '@playwright/test';
import { startFakeGoogle, type FakeGoogle } from '../test/google-fakes/fake-google-server';
import { googleEnv, startAisle, type RunningAisle } from './aisle-process';

interface WorkerFixtures {
  aisle: RunningAisle;
  fakeGoogle: FakeGoogle;
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
      const aisle = await startAisle({ ...googleEnv(fakeGoogle.url), AISLE_DEMO_SCALE: '0.01' });
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
