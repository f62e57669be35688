import type { SourceList } from '../../shared/contract';
import type { HandlerMap } from '../core/router';
import type { SourceRegistry } from './source-registry';

const listOf = (registry: SourceRegistry): SourceList => ({ sources: registry.list(), activeId: 'demo' });

export const createSourceHandlers = (registry: SourceRegistry): HandlerMap<'sources.list' | 'sources.remove'> => ({
  'sources.list': () => listOf(registry),
  'sources.remove': async ({ id }) => {
    await registry.remove(id);
    return listOf(registry);
  },
});
