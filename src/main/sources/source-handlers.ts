import type { DataSource, SourceList } from '../../shared/contract';
import type { HandlerMap } from '../core/router';

export const DEMO_SOURCE: DataSource = {
  id: 'demo',
  name: 'Demo store',
  kind: 'local',
  description: 'A generated fashion retailer in a local DuckDB warehouse. No account needed.',
};

export const createSourceHandlers = (): HandlerMap<'sources.list'> => ({
  'sources.list': (): SourceList => ({ sources: [DEMO_SOURCE], activeId: DEMO_SOURCE.id }),
});
