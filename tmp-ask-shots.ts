import { chromium, type Page } from '@playwright/test';
import { startAisle } from './e2e/aisle-process';

const aisle = await startAisle({ AISLE_DEMO_SCALE: '0.01' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const errors: string[] = [];
const ask = async (page: Page, q: string) => {
  const box = page.getByRole('textbox', { name: 'Question' });
  await box.waitFor();
  await page.waitForFunction(() => !(document.querySelector('textarea[aria-label="Question"]') as HTMLTextAreaElement).disabled, null, { timeout: 60_000 });
  await box.fill(q);
  await box.press('Enter');
  await page.waitForTimeout(300);
  await page.waitForFunction(() => !(document.querySelector('textarea[aria-label="Question"]') as HTMLTextAreaElement).disabled, null, { timeout: 60_000 });
  await page.waitForTimeout(700);
};
try {
  for (const theme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, colorScheme: theme });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${theme}: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`${theme}: ${e.message}`));
    await page.goto(aisle.url);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/ask-${theme}-0-empty.png` });
    await ask(page, 'revenue by category last 12 months');
    await page.screenshot({ path: `/tmp/ask-${theme}-1-answer.png` });
    await ask(page, 'only dresses');
    await ask(page, 'revenue by month last 12 months');
    await page.screenshot({ path: `/tmp/ask-${theme}-2-trend.png` });
    await ask(page, 'revenue last month vs previous period');
    await page.screenshot({ path: `/tmp/ask-${theme}-3-number.png` });
    await ask(page, 'how much did we sell?');
    await page.screenshot({ path: `/tmp/ask-${theme}-4-clarify.png` });
    await ask(page, 'delete all orders');
    await page.screenshot({ path: `/tmp/ask-${theme}-5-refuse.png` });
    await page.getByTestId('answer-card').first().getByRole('button', { name: /^Revenue: change/ }).click();
    await page.getByTestId('answer-card').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/ask-${theme}-6-chip.png` });
    await page.keyboard.press('Escape');
    await page.close();
  }
} finally {
  console.log(JSON.stringify(errors, null, 1));
  await browser.close();
  await aisle.stop();
}
