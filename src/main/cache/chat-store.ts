import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AisleError } from '../core/aisle-error';
import { isoNow, type Clock } from './clock';
import { JsonValue, readJsonColumn, toJsonText } from './json-column';
import { requiredText } from './required-text';
import { addEquals, emptyFilter, paging, whereSql } from './sql-filter';

export const ChatRole = z.enum(['user', 'assistant']);
export type ChatRole = z.infer<typeof ChatRole>;

export interface Chat {
  id: string;
  sourceId: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

export interface ChatMessage {
  id: string;
  chatId: string;
  /** 1, 2, 3… in the order the messages were added. */
  seq: number;
  role: ChatRole;
  /** Whatever the Ask feature stores for a turn: text, SQL, a chart spec…; JSON. */
  content: JsonValue;
  createdAt: string;
}

export interface ChatWithMessages {
  chat: Chat;
  messages: ChatMessage[];
}

interface ChatRow {
  id: string;
  source_id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

interface MessageRow {
  id: string;
  chat_id: string;
  seq: number;
  role: string;
  content_json: string;
  created_at: string;
}

const toChat = (row: ChatRow): Chat => ({
  id: row.id,
  sourceId: row.source_id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toMessage = (row: MessageRow): ChatMessage => ({
  id: row.id,
  chatId: row.chat_id,
  seq: row.seq,
  role: ChatRole.parse(row.role),
  content: readJsonColumn(JsonValue, row.content_json, 'a chat message'),
  createdAt: row.created_at,
});

const notFound = (): AisleError =>
  new AisleError('not_found', 'That conversation no longer exists; it may have been deleted in another window.');

/** Ask conversations: one chat per thread, its messages in order. */
export class ChatStore {
  readonly #db: Database.Database;
  readonly #clock: Clock;
  readonly #insertChat: Database.Statement<[string, string, string, string, string], ChatRow>;
  readonly #touch: Database.Statement<[string, string]>;
  readonly #rename: Database.Statement<[string, string, string], ChatRow>;
  readonly #getChat: Database.Statement<[string], ChatRow>;
  readonly #messages: Database.Statement<[string], MessageRow>;
  readonly #nextSeq: Database.Statement<[string], { seq: number }>;
  readonly #insertMessage: Database.Statement<Record<string, string | number>, MessageRow>;
  readonly #delete: Database.Statement<[string]>;

  constructor(db: Database.Database, options: { clock: Clock }) {
    this.#db = db;
    this.#clock = options.clock;
    this.#insertChat = db.prepare(
      'INSERT INTO chats (id, source_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING *',
    );
    this.#touch = db.prepare('UPDATE chats SET updated_at = ? WHERE id = ?');
    this.#rename = db.prepare('UPDATE chats SET title = ?, updated_at = ? WHERE id = ? RETURNING *');
    this.#getChat = db.prepare('SELECT * FROM chats WHERE id = ?');
    this.#messages = db.prepare('SELECT * FROM chat_messages WHERE chat_id = ? ORDER BY seq');
    this.#nextSeq = db.prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM chat_messages WHERE chat_id = ?');
    this.#insertMessage = db.prepare(
      `INSERT INTO chat_messages (id, chat_id, seq, role, content_json, created_at)
       VALUES (@id, @chatId, @seq, @role, @content, @now) RETURNING *`,
    );
    this.#delete = db.prepare('DELETE FROM chats WHERE id = ?');
  }

  create(input: { sourceId: string; title: string }): Chat {
    const now = isoNow(this.#clock);
    const title = requiredText(input.title, 'title', 'The title');
    const row = this.#insertChat.get(randomUUID(), input.sourceId, title, now, now);
    if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
    return toChat(row);
  }

  /** Adds a message at the end of the chat and moves the chat to the top of the list. */
  appendMessage(chatId: string, message: { role: ChatRole; content: JsonValue }): ChatMessage {
    return this.#db
      .transaction(() => {
        const now = isoNow(this.#clock);
        if (this.#touch.run(now, chatId).changes === 0) throw notFound();
        const seq = this.#nextSeq.get(chatId)?.seq ?? 1;
        const row = this.#insertMessage.get({
          id: randomUUID(),
          chatId,
          seq,
          role: ChatRole.parse(message.role),
          content: toJsonText(message.content),
          now,
        });
        if (row === undefined) throw new Error('INSERT … RETURNING returned no row');
        return toMessage(row);
      })
      .immediate();
  }

  rename(id: string, title: string): Chat {
    const row = this.#rename.get(requiredText(title, 'title', 'The title'), isoNow(this.#clock), id);
    if (row === undefined) throw notFound();
    return toChat(row);
  }

  /** Most recently active first. */
  list(filter: { sourceId?: string; limit?: number; offset?: number } = {}): Chat[] {
    const where = emptyFilter();
    addEquals(where, 'source_id', filter.sourceId);
    const { limit, offset } = paging(filter.limit, filter.offset);
    return this.#db
      .prepare<Record<string, string | number>, ChatRow>(
        `SELECT * FROM chats ${whereSql(where)} ORDER BY updated_at DESC, rowid DESC LIMIT @limit OFFSET @offset`,
      )
      .all({ ...where.params, limit, offset })
      .map(toChat);
  }

  get(id: string): ChatWithMessages | null {
    return this.#db.transaction(() => {
      const row = this.#getChat.get(id);
      if (row === undefined) return null;
      return { chat: toChat(row), messages: this.#messages.all(id).map(toMessage) };
    })();
  }

  /** Deletes the chat and its messages. */
  delete(id: string): boolean {
    return this.#delete.run(id).changes > 0;
  }
}
