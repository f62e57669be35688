export { createLibraryHandlers } from './library-handlers';
export { createQueryHandlers } from './query-handlers';
export { QueryRunner, type QueryRunnerDeps } from './query-runner';
export { createTabHandlers } from './tab-handlers';
