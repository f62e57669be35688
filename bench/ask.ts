import { createTestCore } from '../src/main/core/test-core';

/** Twenty questions a merchandiser might ask in a row, follow-ups included. */
const questions: readonly { question: string; followUp?: boolean }[] = [
  { question: 'revenue by category last 12 months' },
  { question: 'and by country?', followUp: true },
  { question: 'only dresses', followUp: true },
  { question: 'show it weekly', followUp: true },
  { question: 'top 10 products by units last month' },
  { question: 'average order value by country vs last year' },
  { question: 'which brand grew the most this year' },
  { question: 'revenue in the uk last week' },
  { question: 'monthly revenue for jeans' },
  { question: 'jeans vs skirts last quarter' },
  { question: 'return rate by department' },
  { question: 'how many orders yesterday' },
  { question: 'revenue month to date vs previous period' },
  { question: 'top 5 brands by revenue in the holiday season' },
  { question: 'why did skirts revenue fall in the last 12 months?' },
  { question: 'revenue by channel ytd' },
  { question: 'units by category in Q3 2026' },
  { question: 'bottom 5 categories by revenue last year' },
  { question: 'customers by country last 30 days' },
  { question: 'revenue on black friday 2025 by department' },
];

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
};

/** Ask's answer times through the real core (interpreter, SQL, run, cache, narrative). */
export const benchAsk = async (
  dataDir: string,
): Promise<{ first: number; p50: number; p90: number; answered: number }> => {
  const core = createTestCore(dataDir);
  try {
    const times: number[] = [];
    let chatId: string | undefined;
    let answered = 0;
    for (const { question, followUp } of questions) {
      const started = performance.now();
      const reply = await core.router.invoke(
        'ask.question',
        { sourceId: 'demo', question, ...(followUp && chatId ? { chatId } : {}) },
        { transport: 'ipc' },
      );
      times.push(performance.now() - started);
      if (reply.ok) {
        const value = reply.value as { chatId: string; kind: string };
        chatId = value.chatId;
        if (value.kind === 'answer') answered += 1;
      }
    }
    const [first = 0, ...rest] = times;
    return { first, p50: percentile(rest, 0.5), p90: percentile(rest, 0.9), answered };
  } finally {
    await core.stop();
  }
};

export const askQuestionCount = questions.length;
