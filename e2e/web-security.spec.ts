import { expect, test } from './fixtures';

test.describe('web mode security, seen from a browser', () => {
  test('a tab opened without the launch link explains how to get in', async ({ page, aisle, consoleErrors }) => {
    await page.goto(aisle.origin);
    await expect(page.getByRole('heading', { name: 'Open Aisle from its launch link' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a page on another origin cannot call the API, even knowing the token', async ({ page, aisle }) => {
    // Any page that is not ours: the browser sends its own Origin, which the host refuses.
    await page.goto('about:blank');
    const status = await page.evaluate(
      async ({ origin, token }) => {
        try {
          const response = await fetch(`${origin}/api/app.info`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: '{}',
          });
          return response.status;
        } catch {
          return 'blocked';
        }
      },
      { origin: aisle.origin, token: aisle.token },
    );
    // Either the browser blocks the response (no CORS headers) or the server refuses it.
    expect(status).toBe('blocked');
  });

  test('our own page can call the API', async ({ page, aisle }) => {
    await page.goto(aisle.url);
    const info = await page.evaluate(async (token) => {
      const response = await fetch('/api/app.info', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      return (await response.json()) as { ok: boolean };
    }, aisle.token);
    expect(info.ok).toBe(true);
  });
});
