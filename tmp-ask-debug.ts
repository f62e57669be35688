import { chromium } from '@playwright/test';
import { startAisle } from './e2e/aisle-process';
const aisle = await startAisle({ AISLE_DEMO_SCALE: '0.01' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(aisle.url);
  await page.waitForTimeout(2000);
  const box = page.getByRole('textbox', { name: 'Question' });
  for (const q of ['revenue by category last 12 months', 'revenue last month']) {
    await box.fill(q); await box.press('Enter');
    await page.waitForTimeout(2500);
  }
  console.log(await page.evaluate(() => {
    const out: string[] = [`doc ${document.documentElement.scrollHeight} ${document.documentElement.clientHeight} ${window.scrollY}`];
    for (const el of document.querySelectorAll('*')) {
      const e = el as HTMLElement;
      if (e.scrollTop > 0) out.push(`${e.tagName}.${e.className} scrollTop=${e.scrollTop} sh=${e.scrollHeight} ch=${e.clientHeight}`);
    }
    return out.join('\n');
  }));
} finally { await browser.close(); await aisle.stop(); }
