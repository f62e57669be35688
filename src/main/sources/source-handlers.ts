import type { SourceList } from '../../shared/contract';
import type { HandlerMap } from '../core/router';
import type { SourceRegistry } from './source-registry';

export const createSourceHandlers = (registry: SourceRegistry): HandlerMap<'sources.list'> => ({
  'sources.list': (): SourceList => ({ sources: registry.list(), activeId: 'demo' }),
});
