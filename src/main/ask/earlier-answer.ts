import { AskAnswer } from '../../shared/contract';
import type { Cache } from '../cache';

/** How many recent chats are searched for an earlier answer. */
const CHATS_SEARCHED = 300;

/** Questions match when they say the same words: case, spacing and punctuation aside. */
export const sameQuestion = (a: string, b: string): boolean => {
  const norm = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
};

/**
 * The latest answer (with data) to the same question on the same source, from the chats the
 * cache keeps: what Ask shows offline, with the time its numbers were read.
 */
export const findEarlierAnswer = (cache: Cache, sourceId: string, question: string): AskAnswer | null => {
  let best: AskAnswer | null = null;
  for (const chat of cache.chats.list({ sourceId, limit: CHATS_SEARCHED })) {
    for (const message of cache.chats.get(chat.id)?.messages ?? []) {
      if (message.role !== 'assistant') continue;
      const parsed = AskAnswer.safeParse(message.content);
      if (!parsed.success) continue;
      const answer = parsed.data;
      if (answer.kind !== 'answer' || answer.sourceId !== sourceId || !sameQuestion(answer.question, question))
        continue;
      if (!best || (answer.asOf ?? '') > (best.asOf ?? '')) best = answer;
    }
  }
  return best;
};
