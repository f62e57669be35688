import { chromium, type Page } from '@playwright/test';
import { startAisle } from './e2e/aisle-process';

const CSS = 'src/renderer/src/styles/reports.css';
const aisle = await startAisle({ AISLE_DEMO_SCALE: '0.02' });
const call = async (method: string, input: unknown) => {
  const response = await fetch(`${aisle.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${aisle.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: any; error?: any };
  if (!body.ok) console.log('FAILED', method, JSON.stringify(body.error));
  return body.value;
};
const pin = async (title: string, sql: string, chart: unknown, tags: string[]) => {
  const meta = await call('query.run', { sourceId: 'demo', sql });
  return call('reports.pin', { title, resultId: meta.resultId, chart, tags });
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
const errors: string[] = [];
page.on('console', (m) => {
  if (m.type() === 'error') errors.push(m.text());
});
page.on('pageerror', (e) => errors.push(e.message));
const open = async (p: Page, theme: 'light' | 'dark') => {
  await p.goto(aisle.url);
  await p.evaluate((t) => window.localStorage.setItem('aisle.theme', t), theme);
  await p.reload();
  await p.addStyleTag({ path: CSS });
  await p.locator('nav[aria-label="Main"] button[data-page="reports"]').click();
  await p.waitForTimeout(1500);
};
try {
  await open(page, 'light');
  await page.screenshot({ path: '/tmp/reports-empty.png' });

  const byCategory = await pin(
    'Revenue by category',
    'SELECT p.category, round(sum(oi.sale_price) * (0.85 + random() * 0.3), 2) AS revenue, count(*) AS units FROM order_items oi JOIN products p ON p.id = oi.product_id GROUP BY 1 ORDER BY 2 DESC',
    { type: 'bar', x: 0, y: [1] },
    ['weekly', 'category'],
  );
  await pin(
    'Monthly revenue',
    "SELECT date_trunc('month', created_at)::DATE AS month, round(sum(sale_price), 2) AS revenue FROM order_items GROUP BY 1 ORDER BY 1",
    { type: 'area', x: 0, y: [1] },
    ['trend'],
  );
  await pin(
    'Orders by status',
    'SELECT status, count(*) AS orders FROM orders GROUP BY 1 ORDER BY 2 DESC',
    { type: 'pie', x: 0, y: [1] },
    ['weekly'],
  );
  await pin(
    'Top brands by revenue',
    'SELECT p.brand, round(sum(oi.sale_price), 2) AS revenue FROM order_items oi JOIN products p ON p.id = oi.product_id GROUP BY 1 ORDER BY 2 DESC LIMIT 50',
    null,
    [],
  );
  const forecast = await call('forecast.pin', {
    request: { sourceId: 'demo', measure: 'revenue', level: 'category', top: 3, grain: 'week', horizon: 8 },
    title: 'Category revenue forecast',
  });
  console.log('pinned', byCategory, forecast);
  await call('reports.refresh', { id: byCategory.id });
  await call('reports.refresh', { id: byCategory.id });

  // Keyboard: open the second card with arrows and Enter.
  await page.setViewportSize({ width: 1100, height: 900 });
  await open(page, 'light');
  await page.keyboard.press('/');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/reports2-keyboard-open.png' });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/reports2-back.png' });

  await page.locator('[data-testid="report-card"]', { hasText: 'Top brands' }).locator('button').click();
  await page.waitForTimeout(1000);
  await page.locator('.report-view__title-button').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (all time)');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  const tag = page.getByRole('textbox', { name: 'Add a tag' });
  await tag.fill('brands, monthly');
  await tag.press('Enter');
  await page.waitForTimeout(500);
  await tag.fill('Brands');
  await tag.press('Enter');
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'SQL' }).first().click();
  await page.screenshot({ path: '/tmp/reports2-edited.png' });
  await page.getByRole('button', { name: 'Delete the report' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/reports2-delete.png' });
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete report' }).click();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: '/tmp/reports2-after-delete.png' });
  await page.getByRole('radio', { name: 'Forecasts' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/reports2-kind.png' });
  console.log('errors', errors);
} finally {
  await browser.close();
  await aisle.stop();
}
