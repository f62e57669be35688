import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskAnswer, MethodName, MethodOutput } from '../../shared/contract';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';

/** Ask through the real core on a small generated demo store: offline, deterministic. */
describe('ask.question on the demo store', () => {
  let core: Core;
  let dataDir: string;

  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const reply = await core.router.invoke(method, input, { transport: 'ipc' });
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as MethodOutput<M>;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-ask-'));
    core = createTestCore(dataDir);
    await core.demo.generate(0.02);
  }, 60_000);

  afterAll(async () => {
    await core.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers with a chart, a table, chips and numbers that match the table', async () => {
    const answer = await call('ask.question', { sourceId: 'demo', question: 'revenue by category last 12 months' });
    expect(answer.kind).toBe('answer');
    expect(answer.chart).toMatchObject({ type: 'bar', x: 'category', series: ['revenue'] });
    expect(answer.chips.map((chip) => chip.label)).toEqual(['Revenue', 'by Category', '2025-11-01 to 2026-10-31']);
    expect(answer.rows.length).toBeGreaterThan(5);
    // The narrative's leader is the table's first row.
    expect(answer.narrative[0]).toContain(answer.rows[0]?.[0] as string);
    expect(answer.dataThrough).toBe('2026-10-31');
    // The same numbers straight from the warehouse.
    const warehouse = await core.sources.warehouse('demo');
    const check = await warehouse.query(answer.sql ?? '');
    expect(check.rows).toEqual(answer.rows);
  });

  it('keeps context in a chat, which reopens from the cache', async () => {
    const first = await call('ask.question', { sourceId: 'demo', question: 'revenue by category last month' });
    const second = await call('ask.question', { sourceId: 'demo', question: 'only dresses', chatId: first.chatId });
    expect(second.plan?.filters).toEqual([{ dimension: 'category', operator: 'in', values: ['Dresses'] }]);
    expect(second.plan?.timeRange).toEqual(first.plan?.timeRange);
    const third = await call('ask.question', { sourceId: 'demo', question: 'show it weekly', chatId: first.chatId });
    expect(third.chart).toMatchObject({ type: 'line' });
    const reopened = await call('chats.get', { chatId: first.chatId });
    expect(reopened.answers.map((answer: AskAnswer) => answer.question)).toEqual([
      'revenue by category last month',
      'only dresses',
      'show it weekly',
    ]);
    expect((await call('chats.list', { sourceId: 'demo' })).chats.some((chat) => chat.id === first.chatId)).toBe(true);
  });

  it('offers a choice for an unclear question, and each choice answers', async () => {
    const unclear = await call('ask.question', { sourceId: 'demo', question: 'how much did we sell?' });
    expect(unclear.kind).toBe('clarify');
    const option = unclear.options.find((candidate) => candidate.label === 'Units');
    expect(option).toBeDefined();
    const answered = await call('ask.question', {
      sourceId: 'demo',
      question: 'how much did we sell?',
      chatId: unclear.chatId,
      plan: option?.plan,
    });
    expect(answered).toMatchObject({ kind: 'answer', chart: { type: 'number' } });
    expect(answered.plan?.measures).toEqual(['units']);
  });

  it('refuses to change data and runs nothing', async () => {
    const before = (await call('history.list', {})).total;
    for (const question of ['delete all orders', 'drop the products table', 'update prices of dresses to 10']) {
      const answer = await call('ask.question', { sourceId: 'demo', question });
      expect(answer).toMatchObject({ kind: 'refuse', sql: null, resultId: null });
    }
    expect((await call('history.list', {})).total).toBe(before);
  });

  it('finds the planted decline of Skirts with a why-question', async () => {
    const answer = await call('ask.question', {
      sourceId: 'demo',
      question: 'why did skirts revenue fall in the last 12 months?',
    });
    expect(answer.plan?.intent).toBe('drivers');
    expect(answer.narrative.join(' ')).toMatch(/Revenue fell by .* \(−\d+\.\d%\) against the same period last year/);
  });

  it('suggests first questions for the source', async () => {
    const { questions } = await call('ask.suggestions', { sourceId: 'demo' });
    expect(questions.length).toBeGreaterThanOrEqual(4);
    for (const question of questions) {
      expect((await call('ask.question', { sourceId: 'demo', question })).kind).not.toBe('refuse');
    }
  });
});
