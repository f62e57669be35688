import { createInterface } from 'node:readline';
import { scoreSentiment } from '../reviews/sentiment';

/**
 * `aisle sentiment`: one text per line on stdin, one score (-1..1, three decimals) per line
 * on stdout, in the same order. An empty line scores 0. Output is written in batches so
 * 10,000 lines do not mean 10,000 writes.
 */
export const runSentiment = async (): Promise<void> => {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let batch: string[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const chunk = `${batch.join('\n')}\n`;
    batch = [];
    if (!process.stdout.write(chunk)) {
      await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
    }
  };
  for await (const line of lines) {
    const score = line.trim().length === 0 ? 0 : scoreSentiment(line);
    const fixed = score.toFixed(3);
    batch.push(fixed === '-0.000' ? '0.000' : fixed);
    if (batch.length >= 1000) await flush();
  }
  await flush();
};
