import type { Page } from '@playwright/test';
import {
  FAKE_ACCOUNT,
  FAKE_CLIENT_ID,
  FAKE_CLIENT_SECRET,
  FAKE_PROJECT,
  startFakeGoogle,
  type FakeGoogle,
} from '../test/google-fakes/fake-google-server';
import { googleEnv, startAisle, type RunningAisle } from './aisle-process';
import { expect, test } from './fixtures';

/** Every event the server pushes, read the way the page reads them, kept for the token check. */
const recordEvents = (aisle: RunningAisle): { text: () => string; stop: () => void } => {
  const controller = new AbortController();
  let text = '';
  void fetch(`${aisle.origin}/api/events`, {
    headers: { Authorization: `Bearer ${aisle.token}` },
    signal: controller.signal,
  })
    .then(async (response) => {
      const decoder = new TextDecoder();
      for await (const chunk of response.body ?? []) text += decoder.decode(chunk as Uint8Array, { stream: true });
    })
    .catch(() => undefined);
  return { text: () => text, stop: () => controller.abort() };
};

const setSql = async (page: Page, sql: string) => {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
};

const signIn = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Google account' });
  await expect(section.getByText(/in a private file in its data folder/)).toBeVisible();
  await section.getByLabel('OAuth client ID (Desktop app)').fill(FAKE_CLIENT_ID);
  await section.getByLabel('Client secret').fill(FAKE_CLIENT_SECRET);
  await section.getByRole('button', { name: 'Save client' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved.');

  await section.getByRole('button', { name: 'Sign in with Google' }).click();
  await expect(section).toContainText('Waiting for Google');
  // No system browser opens here (AISLE_NO_BROWSER), so the person follows the offered link.
  const [consent] = await Promise.all([
    page.context().waitForEvent('page'),
    section.getByRole('link', { name: 'Open Google’s sign-in page' }).click(),
  ]);
  await expect(consent.getByText(/signed in/i).first()).toBeVisible();
  await consent.close();
  await expect(section.getByTestId('google-account-name')).toHaveText(FAKE_ACCOUNT);
  await expect(page.getByTestId('account-state')).toHaveText(FAKE_ACCOUNT);
  return section;
};

test.describe('Google sign-in and BigQuery', () => {
  let google: FakeGoogle;
  let aisle: RunningAisle;

  test.beforeEach(async () => {
    google = await startFakeGoogle();
    aisle = await startAisle({ ...googleEnv(google.url), AISLE_DEMO_SCALE: '0.01' });
  });

  test.afterEach(async ({ page }) => {
    // Leave the page before its server goes, or its event stream logs a refused reconnect.
    await page.goto('about:blank');
    await aisle.stop();
    await google.close();
  });

  test('signs in, picks a project and dataset, runs a query with its cost, and never shows a token', async ({
    page,
    consoleErrors,
  }) => {
    const events = recordEvents(aisle);
    const replies: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/') && !response.url().endsWith('/api/events')) {
        void response.text().then(
          (body) => replies.push(body),
          () => undefined,
        );
      }
    });
    await page.goto(aisle.url);
    const section = await signIn(page);

    // PKCE and the state check happened against the fake, with the secret from Settings.
    expect(google.oauth.state.lastTokenRequest).toMatchObject({ grant_type: 'authorization_code' });
    expect(google.oauth.state.lastTokenRequest?.['code_verifier']).toMatch(/^[\w.~-]{43,128}$/);

    await section.getByLabel('Billing project').selectOption(FAKE_PROJECT);
    await expect(section.getByLabel('Billing project')).toHaveValue(FAKE_PROJECT);
    await section.getByLabel('Dataset', { exact: true }).selectOption('merch_sandbox');
    await section.getByRole('button', { name: 'Add source' }).click();
    await expect(section.getByRole('status').last()).toContainText(`Added ${FAKE_PROJECT}.merch_sandbox`);
    await expect(page.getByLabel('Data source', { exact: true })).toHaveValue(`bq:${FAKE_PROJECT}.merch_sandbox`);

    await page.getByLabel('Data source', { exact: true }).selectOption('thelook');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'SQL' }).click();
    await setSql(
      page,
      'SELECT status, COUNT(*) AS orders\nFROM `bigquery-public-data.thelook_ecommerce.orders`\nGROUP BY status\nORDER BY status',
    );
    await expect(page.getByTestId('estimate')).toContainText(/GoogleSQL · [\d.]+ KB to process · < \$0\.01/);
    await page.keyboard.press('ControlOrMeta+Enter');
    const status = page.getByTestId('status-line');
    await expect(status).toContainText(/\d+ rows/);
    await expect(status).toContainText(/KB processed/);
    await expect(status).toContainText('not cached');
    await expect(page.getByRole('grid', { name: 'Query result' }).getByRole('gridcell').first()).toHaveText(
      'Cancelled',
    );

    const job = [...google.bigquery.jobs.values()].find((candidate) => candidate.sql.includes('GROUP BY status'));
    expect(job?.configuration).toMatchObject({ labels: { app: 'aisle' } });
    expect(job?.projectId).toBe(FAKE_PROJECT);

    // The tokens the fake issued appear in no reply, event, log line or page.
    const tokens = [...google.oauth.state.accessTokensIssued, ...google.oauth.state.refreshTokensIssued];
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    const seen = [replies.join('\n'), events.text(), aisle.stderr(), await page.content()].join('\n');
    expect(replies.length).toBeGreaterThan(10);
    expect(events.text()).toContain('auth.state');
    for (const token of tokens) expect(seen).not.toContain(token);
    events.stop();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await section.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByTestId('account-state')).toHaveText('Not signed in');
    expect(google.oauth.state.revokedTokens.length).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  test('explores a published store on BigQuery and summarises a product’s reviews with Gemini, cost first', async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(150_000);
    await page.goto(aisle.url);
    const section = await signIn(page);
    await section.getByLabel('Billing project').selectOption(FAKE_PROJECT);
    await section
      .getByLabel('BigQuery AI connection (PROJECT.LOCATION.CONNECTION)')
      .fill(`${FAKE_PROJECT}.us.vertex-ai`);
    await section.getByRole('button', { name: 'Save connection' }).click();
    await expect(section.getByText('Saved. Explore can use BigQuery AI now.')).toBeVisible();
    await section.getByLabel('New or existing dataset').fill('aisle_shop');
    await section.getByRole('button', { name: 'Publish' }).click();
    await expect(section.getByText(/Published \d+ tables/)).toBeVisible({ timeout: 90_000 });
    await page.getByLabel('Data source', { exact: true }).selectOption(`bq:${FAKE_PROJECT}.aisle_shop`);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Explore' }).click();
    const tile = page.locator('.product-tile[data-product-id]').first();
    await expect(tile).toBeVisible({ timeout: 60_000 });
    await tile.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const ai = page.getByRole('region', { name: 'BigQuery AI' });
    await ai.getByRole('button', { name: /Summarise the reviews/ }).click();
    // The cost from a dry run comes first; nothing runs until asked.
    const cost = ai.getByRole('group', { name: /Cost of/ });
    await expect(cost).toContainText(/to process · .+ in BigQuery · \d+ Gemini calls/);
    const generated = () =>
      [...google.bigquery.jobs.values()].filter(
        (job) => /AI\.GENERATE\s*\(/i.test(job.sql) && job.statementType !== 'DRY_RUN',
      );
    const before = generated().length;
    // A run can be stopped: BigQuery cancels the job, and the cost is offered again.
    google.bigquery.script.onQuery({ match: /AI\.GENERATE\s*\(/i, runUntilCancelled: true, times: 1 });
    await cost.getByRole('button', { name: 'Run it' }).click();
    // Stopped once BigQuery is running the job (a Stop before that ends the run before any job).
    await expect.poll(() => generated().some((job) => job.state !== 'DONE'), { timeout: 20_000 }).toBe(true);
    await cost.getByRole('button', { name: 'Stop' }).click();
    await expect(cost.getByRole('status')).toContainText(/was cancelled/, { timeout: 20_000 });
    expect(generated().some((job) => job.cancelRequested)).toBe(true);
    await cost.getByRole('button', { name: 'Run it' }).click();
    await expect(ai.locator('.ai-summary')).toContainText(/Gemini in BigQuery, from \d+ reviews/);
    expect(generated().length).toBeGreaterThan(before);
    expect(consoleErrors).toEqual([]);
  });
});
