import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startAisle } from '../e2e/aisle-process';

const CHROMIUM = process.env['AISLE_CHROMIUM'] ?? '/usr/bin/chromium';
const SQL = 'SELECT range AS i, range * 2 AS double_i, md5(range::VARCHAR) AS label FROM range(1000000)';

export interface GridBench {
  firstRowsMs: number;
  heapAfterScrollMb: number;
  naiveHeapMb: number;
  scrolledRows: number;
}

/**
 * The SQL editor's grid on a 1,000,000-row result, in Chromium over CDP: time from Run to the
 * first rows on screen, the page's JS heap after scrolling top to bottom, and the heap of the
 * same rows loaded into the page naively (every row fetched into one array).
 */
export const benchGrid = async (): Promise<GridBench | string> => {
  if (!existsSync(CHROMIUM)) return `skipped: no Chromium at ${CHROMIUM} (set AISLE_CHROMIUM)`;
  if (!existsSync(new URL('../out/renderer/index.html', import.meta.url))) return 'skipped: run `npm run build` first';
  const aisle = await startAisle({ AISLE_DEMO_SCALE: '0.01', AISLE_CONNECTIVITY_URL: 'http://127.0.0.1:9/' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    const heapMb = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1024 ** 2;
    };
    await page.goto(aisle.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'SQL' }).click();
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(SQL);
    const started = Date.now();
    await page.keyboard.press('ControlOrMeta+Enter');
    const grid = page.getByRole('grid', { name: 'Query result' });
    await grid.getByRole('gridcell', { name: '0', exact: true }).first().waitFor({ timeout: 60_000 });
    const firstRowsMs = Date.now() - started;

    // Scroll top to bottom in 400 steps, letting each step's rows load and render.
    // Page code is passed as text: this file is type-checked for Node, without the DOM.
    const scroller = "document.querySelector('.result-grid__scroller')";
    const height = await page.evaluate<number>(`${scroller}.scrollHeight`);
    for (let step = 1; step <= 400; step += 1) {
      await page.evaluate(`${scroller}.scrollTo({ top: ${(height * step) / 400} })`);
      await page.waitForTimeout(5);
    }
    await grid.getByRole('rowheader', { name: '1,000,000', exact: true }).waitFor();
    await page.waitForTimeout(300);
    const heapAfterScrollMb = await heapMb();

    // The naive way: every row in the page at once, as a plain array of arrays.
    await page.evaluate(`(async () => {
      const headers = { Authorization: 'Bearer ${aisle.token}', 'Content-Type': 'application/json' };
      const post = async (method, body) =>
        (await (await fetch('/api/' + method, { method: 'POST', headers, body: JSON.stringify(body) })).json()).value;
      const { entries } = await post('history.list', { limit: 1 });
      const all = [];
      for (let offset = 0; offset < 1000000; offset += 5000) {
        const { rows } = await post('query.rows', { resultId: entries[0].resultId, offset, limit: 5000 });
        for (const row of rows) all.push(row);
      }
      window.naiveRows = all;
    })()`);
    const naiveHeapMb = await heapMb();
    return { firstRowsMs, heapAfterScrollMb, naiveHeapMb, scrolledRows: 1_000_000 };
  } finally {
    await browser.close();
    await aisle.stop();
  }
};
