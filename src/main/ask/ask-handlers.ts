import { AskAnswer } from '../../shared/contract';
import type { Cache } from '../cache';
import type { Chat } from '../cache/chat-store';
import { AisleError } from '../core/aisle-error';
import type { HandlerMap } from '../core/router';
import type { AskService } from './ask-service';
import { modelCatalog } from '../semantic';
import type { SourceRegistry } from '../sources/source-registry';

type AskMethod = 'ask.question' | 'ask.suggestions' | 'ask.catalog' | 'chats.list' | 'chats.get' | 'chats.delete';

const summary = (chat: Chat) => ({
  id: chat.id,
  sourceId: chat.sourceId,
  title: chat.title,
  updatedAt: chat.updatedAt,
});

export const createAskHandlers = (
  ask: AskService,
  cache: Cache,
  sources: Pick<SourceRegistry, 'semanticModel'>,
): HandlerMap<AskMethod> => ({
  'ask.question': (request) => ask.ask(request),
  'ask.suggestions': async ({ sourceId }) => ({ questions: await ask.suggestions(sourceId) }),
  'ask.catalog': ({ sourceId }) => {
    const model = sources.semanticModel(sourceId);
    if (model === null) return { measures: [], dimensions: [] };
    const catalog = modelCatalog(model);
    return {
      measures: catalog.measures.map(({ id, label }) => ({ id, label })),
      // The date is offered by grain; its key columns (product id) are not a way to group.
      dimensions: catalog.dimensions
        .filter((dimension) => dimension.kind === 'categorical' && !dimension.id.endsWith('_id'))
        .map(({ id, label }) => ({ id, label })),
    };
  },
  'chats.list': ({ sourceId }) => ({
    chats: cache.chats.list(sourceId === undefined ? {} : { sourceId }).map(summary),
  }),
  'chats.get': ({ chatId }) => {
    const found = cache.chats.get(chatId);
    if (!found) throw new AisleError('not_found', 'That conversation no longer exists.', { field: 'chatId' });
    // Answers written by an older version that no longer parse are left out rather than failing the chat.
    const answers = found.messages.flatMap((message) => {
      if (message.role !== 'assistant') return [];
      const parsed = AskAnswer.safeParse(message.content);
      return parsed.success ? [parsed.data] : [];
    });
    return { chat: summary(found.chat), answers };
  },
  'chats.delete': ({ chatId }) => ({ deleted: cache.chats.delete(chatId) }),
});
