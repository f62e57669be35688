import { afterEach, describe, expect, it } from 'vitest';
import { catchError } from './test-fixtures/catch-error';
import { openTempCache } from './test-fixtures/temp-cache';

const opened: Array<{ done: () => void }> = [];
afterEach(() => opened.splice(0).forEach((entry) => entry.done()));

const tempCache = () => {
  const temp = openTempCache();
  opened.push(temp);
  return temp.cache;
};

describe('ChatStore', () => {
  it('keeps messages in order with their JSON content', () => {
    const { chats } = tempCache();
    const chat = chats.create({ sourceId: 'demo', title: 'Why did returns rise?' });
    const question = chats.appendMessage(chat.id, { role: 'user', content: 'Why did returns rise in March?' });
    const answer = chats.appendMessage(chat.id, {
      role: 'assistant',
      content: { text: 'Mostly dresses.', sql: 'SELECT …', chart: { type: 'bar', values: [1, 2.5, null] } },
    });
    expect([question.seq, answer.seq]).toEqual([1, 2]);

    const loaded = chats.get(chat.id)!;
    expect(loaded.chat.title).toBe('Why did returns rise?');
    expect(loaded.messages.map((message) => [message.role, message.content])).toEqual([
      ['user', 'Why did returns rise in March?'],
      ['assistant', { text: 'Mostly dresses.', sql: 'SELECT …', chart: { type: 'bar', values: [1, 2.5, null] } }],
    ]);
    expect(loaded.chat.updatedAt).toBe(answer.createdAt);
    expect(chats.get('missing')).toBeNull();
    expect(catchError(() => chats.appendMessage('missing', { role: 'user', content: 'hi' }))).toMatchObject({
      code: 'not_found',
    });
  });

  it('lists the most recently active chat first, per source', () => {
    const { chats } = tempCache();
    const older = chats.create({ sourceId: 'demo', title: 'older' });
    const newer = chats.create({ sourceId: 'demo', title: 'newer' });
    const elsewhere = chats.create({ sourceId: 'bq', title: 'elsewhere' });
    expect(chats.list().map((chat) => chat.id)).toEqual([elsewhere.id, newer.id, older.id]);
    chats.appendMessage(older.id, { role: 'user', content: 'bump' });
    expect(chats.list({ sourceId: 'demo' }).map((chat) => chat.id)).toEqual([older.id, newer.id]);
    expect(chats.rename(newer.id, 'renamed').title).toBe('renamed');
    expect(chats.list({ sourceId: 'demo' }).map((chat) => chat.id)).toEqual([newer.id, older.id]);
    expect(chats.list({ limit: 1 })).toHaveLength(1);
  });

  it('deletes a chat together with its messages', () => {
    const cache = tempCache();
    const chat = cache.chats.create({ sourceId: 'demo', title: 't' });
    cache.chats.appendMessage(chat.id, { role: 'user', content: 'one' });
    cache.chats.appendMessage(chat.id, { role: 'assistant', content: 'two' });
    expect(cache.chats.delete(chat.id)).toBe(true);
    expect(cache.chats.get(chat.id)).toBeNull();
    expect(cache.db.prepare('SELECT count(*) AS n FROM chat_messages').get()).toEqual({ n: 0 });
    expect(cache.chats.delete(chat.id)).toBe(false);
  });
});
