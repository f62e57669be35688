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

  for (const theme of ['light', 'dark'] as const) {
    await open(page, theme);
    await page.screenshot({ path: `/tmp/reports-library-${theme}.png` });
  }

  // No match.
  await open(page, 'light');
  await page.keyboard.press('/');
  await page.keyboard.type('zzz');
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/reports-nomatch.png' });
  await page.keyboard.press('Escape');
  await page.locator('.report-chip', { hasText: 'weekly' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/reports-tag.png' });
  await page.locator('.report-chip', { hasText: 'weekly' }).click();

  // A report, in both themes, with its comparison.
  await page.setViewportSize({ width: 1440, height: 2400 });
  for (const theme of ['light', 'dark'] as const) {
    await open(page, theme);
    await page.locator('[data-testid="report-card"]', { hasText: 'Revenue by category' }).locator('button').click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/reports-view-${theme}.png` });
  }
  // Export menu and a PNG.
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.getByRole('button', { name: 'Export' }).click();
  await page.screenshot({ path: '/tmp/reports-export-menu.png' });
  const png = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Chart as PNG (2×)' }).click();
  const download = await png;
  await download.saveAs('/tmp/reports-export.png');
  console.log('png', download.suggestedFilename());
  const svgWait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Chart as SVG' }).click();
  const svg = await svgWait;
  await svg.saveAs('/tmp/reports-export.svg');
  console.log('svg', svg.suggestedFilename());
  const csvWait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Table as CSV' }).click();
  const csv = await csvWait;
  await csv.saveAs('/tmp/reports-export.csv');
  console.log('csv', csv.suggestedFilename());

  // Refresh from the page.
  await page.getByTestId('report-refresh').click();
  await page.waitForTimeout(2500);
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.screenshot({ path: '/tmp/reports-after-refresh.png' });

  // Forecast report.
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  await page.locator('[data-testid="report-card"]', { hasText: 'Category revenue forecast' }).locator('button').click();
  await page.waitForTimeout(2000);
  await page.screenshot({ path: '/tmp/reports-forecast.png' });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  await page.locator('[data-testid="report-card"]', { hasText: 'Top brands' }).locator('button').click();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: '/tmp/reports-table.png' });
  await page.keyboard.press('Escape');

  // Deck of two.
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.waitForTimeout(500);
  const checks = page.locator('.report-card__select input');
  await checks.nth(0).check();
  await checks.nth(1).check();
  await page.getByTestId('build-deck').click();
  await page.waitForTimeout(300);
  await page.getByRole('dialog').getByRole('button', { name: 'Build deck' }).click();
  await page.waitForTimeout(3000);
  await page.screenshot({ path: '/tmp/reports-deck.png' });
  console.log('errors', errors);
} finally {
  await browser.close();
  await aisle.stop();
}
