import type { Cache } from '../cache';
import type { HandlerMap } from '../core/router';
import type { SourceRegistry } from '../sources/source-registry';
import { definedOnly } from './defined-only';
import { toHistoryItem } from './result-meta';

export interface LibraryHandlerDeps {
  cache: Cache;
  sources: Pick<SourceRegistry, 'find'>;
}

type LibraryMethod = 'history.list' | 'saved.list' | 'saved.save' | 'saved.delete';

/** The editor's history and saved queries, both kept in the cache. */
export const createLibraryHandlers = ({ cache, sources }: LibraryHandlerDeps): HandlerMap<LibraryMethod> => ({
  'history.list': ({ limit, offset, ...rest }) => {
    // History outlives removed sources, so a source id is a filter here, not something to check.
    const filter = definedOnly(rest);
    return {
      entries: cache.history.list({ ...filter, limit, offset }).map(toHistoryItem),
      total: cache.history.count(filter),
    };
  },
  'saved.list': (input) => ({ queries: cache.savedQueries.list(definedOnly(input)) }),
  'saved.save': ({ sourceId, name, sql, tags }) =>
    cache.savedQueries.save({ sourceId: sources.find(sourceId).id, name, sql, tags }),
  'saved.delete': ({ id }) => ({ deleted: cache.savedQueries.delete(id) }),
});
