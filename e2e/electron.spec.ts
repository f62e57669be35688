import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../scripts/electron-binary.js';
import { ROOT, tempDataDir } from './aisle-process';

const binary = findElectronBinary();
if (!binary) {
  // Said once, plainly, so a skipped run is never mistaken for a passing one.
  console.log('Electron e2e skipped: no Electron binary is installed (node_modules/electron/dist is empty).');
}

test.describe('desktop window (Electron)', () => {
  test.skip(!binary, 'no Electron binary is installed on this machine');

  test('opens the shell over IPC in a sandboxed window', async () => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const app = await electron.launch({
      executablePath: binary!,
      args: [ROOT],
      env: { ...env, AISLE_DATA_DIR: tempDataDir(), AISLE_CONNECTIVITY_URL: 'http://127.0.0.1:9/' },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { name: 'Ask your sales a question' })).toBeVisible();
      await window.keyboard.press('Control+Digit6');
      await expect(window.getByTestId('about')).toContainText('Desktop app (Electron)');
      const sandboxed = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require);
      expect(sandboxed).toBe('undefined');
      const bridgeKeys = await window.evaluate(() => Object.keys((window as unknown as { aisle: object }).aisle));
      expect(bridgeKeys.sort()).toEqual(['invoke', 'on', 'pathForFile']);
    } finally {
      await app.close();
    }
  });
});
