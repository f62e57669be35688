import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FAKE_CLIENT_ID,
  FAKE_CLIENT_SECRET,
  FAKE_PROJECT,
  startFakeGoogle,
  type FakeGoogle,
} from '../../../test/google-fakes/fake-google-server';
import type { AskAnswer, MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';

const isRewrite = (request: { system: string }): boolean => request.system.includes('summary under a chart');
const isReading = (request: { system: string }): boolean => !isRewrite(request);

/**
 * Ask with Gemini, through the real core and the real @google/genai SDK against the loopback
 * Vertex fake: Gemini's plan is used, its narrative is held to the computed numbers, its SQL is
 * checked read-only before anything runs, and the offline interpreter answers when it fails.
 */
describe('Ask with Gemini (loopback Vertex)', () => {
  let google: FakeGoogle;
  let core: Core;
  let dataDir: string;

  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const reply = await core.router.invoke(method, input, { transport: 'ipc' });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };

  beforeAll(async () => {
    google = await startFakeGoogle();
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-ask-gemini-'));
    core = createTestCore(dataDir, {
      AISLE_OAUTH_ENDPOINT: google.url,
      AISLE_BIGQUERY_API_ENDPOINT: google.url,
      AISLE_GEMINI_API_ENDPOINT: google.url,
      AISLE_OAUTH_CLIENT_ID: FAKE_CLIENT_ID,
      AISLE_OAUTH_CLIENT_SECRET: FAKE_CLIENT_SECRET,
      GOOGLE_CLOUD_PROJECT: FAKE_PROJECT,
    });
    core.events.subscribe((message) => {
      if (message.name === 'auth.consent') void fetch(message.payload.url);
    });
    await core.demo.generate(0.02);
    await call('auth.signIn', { method: 'browser' });
  }, 60_000);

  beforeEach(() => google.vertex.reset());

  afterAll(async () => {
    await core.stop();
    await google.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers with Gemini's plan, grounded on the model and the data's values, and drops a narrative sentence with a made-up number", async () => {
    google.vertex.enqueue(
      {
        json: {
          kind: 'plan',
          plan: {
            intent: 'ranking',
            measures: ['units'],
            dimensions: [{ id: 'category', grain: null }],
            filters: [],
            timeRange: { start: '2026-01-01', end: '2026-11-01' },
            comparison: 'none',
            sort: { by: 'units', direction: 'desc', basis: 'value' },
            limit: 3,
          },
          notes: [],
        },
      },
      isReading,
    );
    google.vertex.enqueue((request) => {
      // Echo the first computed sentence (true numbers) and add one invented figure.
      const first = /- (.*)/.exec(request.prompt)?.[1] ?? '';
      return { json: { sentences: [first, 'Sales will grow by 42% next year.'] } };
    }, isRewrite);
    const answer: AskAnswer = await call('ask.question', {
      sourceId: 'demo',
      question: 'our three strongest categories by pieces this year',
    });
    expect(answer).toMatchObject({ kind: 'answer', plan: { measures: ['units'], limit: 3 }, chart: { type: 'bar' } });
    expect(answer.rows).toHaveLength(3);
    expect(answer.narrative.join(' ')).not.toContain('42%');
    expect(answer.narrative.length).toBeGreaterThan(0);
    const reading = google.vertex.requests.find(isReading);
    expect(reading?.project).toBe(FAKE_PROJECT);
    expect(reading?.generationConfig['responseMimeType']).toBe('application/json');
    expect(reading?.prompt).toContain('average_order_value');
    expect(reading?.prompt).toContain('2026-10-31');
    expect(reading?.prompt).toMatch(/Jeans|Dresses|Outerwear/);
  });

  it('answers offline, and says so, when Gemini fails', async () => {
    google.vertex.on(() => true, { error: 500 });
    const answer = await call('ask.question', { sourceId: 'demo', question: 'revenue by category last month' });
    expect(answer).toMatchObject({ kind: 'answer', plan: { dimensions: [{ id: 'category' }] } });
    expect(answer.notes[0]).toMatch(/^Gemini could not help: .*This is the offline reading\.$/);
  });

  it("runs Gemini's SQL only when it is a single read-only SELECT, and never changes data", async () => {
    const warehouse = await core.sources.warehouse('demo');
    const count = async (): Promise<unknown> => (await warehouse.query('SELECT COUNT(*) FROM orders')).rows[0]?.[0];
    const before = await count();
    google.vertex.enqueue(
      { json: { kind: 'sql', sql: 'DELETE FROM orders', explanation: 'Removes orders.' } },
      isReading,
    );
    const refused = await call('ask.question', { sourceId: 'demo', question: 'clean up the order table please' });
    expect(refused).toMatchObject({ kind: 'refuse', sql: null, resultId: null });
    expect(await count()).toBe(before);

    google.vertex.enqueue(
      {
        json: {
          kind: 'sql',
          sql: 'SELECT status, COUNT(*) AS orders FROM orders GROUP BY status ORDER BY orders DESC',
          explanation: 'Counts orders by their status.',
        },
      },
      isReading,
    );
    const answer = await call('ask.question', { sourceId: 'demo', question: 'how are orders split across statuses?' });
    expect(answer).toMatchObject({
      kind: 'answer',
      plan: null,
      chart: { type: 'table' },
      notes: ['Counts orders by their status.'],
    });
    expect(answer.columns.map((column) => column.name)).toEqual(['status', 'orders']);
    expect(await count()).toBe(before);
  });

  it('refuses to change data before asking Gemini at all', async () => {
    const answer = await call('ask.question', { sourceId: 'demo', question: 'delete all orders' });
    expect(answer.kind).toBe('refuse');
    expect(google.vertex.requests).toHaveLength(0);
  });
});
