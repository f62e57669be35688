import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAisle, tempDataDir } from './aisle-process';
import { expect, test } from './fixtures';

test('a damaged cache is moved aside and the person is told where it went', async ({ page, consoleErrors }) => {
  const dataDir = tempDataDir();
  writeFileSync(join(dataDir, 'cache.sqlite'), 'this is not a database, it is a damaged file '.repeat(200));
  const aisle = await startAisle({
    AISLE_DATA_DIR: dataDir,
    AISLE_DEMO_SCALE: '0.01',
    AISLE_CONNECTIVITY_URL: 'http://127.0.0.1:9/',
  });
  try {
    await page.goto(aisle.url);
    const notice = page.getByTestId('notice-cache-replaced');
    await expect(notice).toContainText('Aisle replaced a damaged cache');
    await expect(notice).toContainText('cache.sqlite.corrupt-');
    expect(aisle.stderr()).toContain('cache.sqlite.corrupt-');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Ask your sales a question' })).toBeVisible();
    await expect(notice).toBeHidden();
  } finally {
    await page.goto('about:blank');
    await aisle.stop();
  }
  expect(consoleErrors).toEqual([]);
});
