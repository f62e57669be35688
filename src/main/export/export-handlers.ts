import type { Cache } from '../cache';
import type { HandlerMap } from '../core/router';
import { exportResult } from './export-result';

export const createExportHandlers = (cache: Cache, dataDir: string): HandlerMap<'export.result'> => ({
  'export.result': ({ resultId, format, label }) => exportResult(cache, dataDir, resultId, format, label),
});
