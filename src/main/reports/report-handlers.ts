import type { Cache } from '../cache';
import type { HandlerMap } from '../core/router';
import { pinReport } from './pin-report';

export const createReportHandlers = (cache: Cache): HandlerMap<'reports.pin'> => ({
  'reports.pin': (input) => pinReport(cache, input),
});
