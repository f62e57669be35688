import type { HandlerMap } from '../core/router';
import type { SourceRegistry } from '../sources/source-registry';
import { estimateQuery, tentativeEstimate } from './estimate';
import type { QueryRunner } from './query-runner';

export interface QueryHandlerDeps {
  queries: QueryRunner;
  sources: Pick<SourceRegistry, 'find' | 'warehouse'>;
}

type QueryMethod = 'query.run' | 'query.cancel' | 'query.result' | 'query.rows' | 'query.estimate' | 'schema.tables';

export const createQueryHandlers = ({ queries, sources }: QueryHandlerDeps): HandlerMap<QueryMethod> => ({
  'query.run': (input) => queries.run(input),
  'query.cancel': ({ jobId }) => ({ cancelled: queries.cancel(jobId) }),
  'query.result': ({ resultId }) => queries.result(resultId),
  'query.rows': ({ resultId, offset, limit }) => ({ rows: queries.rows(resultId, offset, limit) }),
  'query.estimate': async ({ sourceId, sql, tentative, params }) => {
    const warehouse = await sources.warehouse(sources.find(sourceId).id);
    return tentative ? tentativeEstimate(warehouse, sql, params) : estimateQuery(warehouse, sql, params);
  },
  'schema.tables': async ({ sourceId }) => {
    const warehouse = await sources.warehouse(sources.find(sourceId).id);
    return { dialect: warehouse.dialect, tables: await warehouse.listTables() };
  },
});
