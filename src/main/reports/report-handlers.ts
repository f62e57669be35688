import type { Cache } from '../cache';
import type { HandlerMap } from '../core/router';
import { writeDeckToExports } from '../export/deck/deck-file';
import { pinReport } from './pin-report';
import type { ReportService } from './report-service';

type ReportMethod =
  | 'reports.pin'
  | 'reports.list'
  | 'reports.previews'
  | 'reports.get'
  | 'reports.refresh'
  | 'reports.update'
  | 'reports.delete'
  | 'reports.compare'
  | 'reports.exportTable'
  | 'reports.deck';

export const createReportHandlers = (
  cache: Cache,
  reports: ReportService,
  deck: {
    dataDir: string;
    sourceNames: () => Record<string, string>;
    /** Source ids to the ISO code their money is in, read at export time (a currency may change). */
    sourceCurrencies: () => Record<string, string | null>;
  },
): HandlerMap<ReportMethod> => ({
  'reports.pin': (input) => pinReport(cache, input),
  'reports.list': (input) => reports.list(input),
  'reports.previews': (input) => reports.previews(input),
  'reports.get': (input) => reports.get(input),
  'reports.refresh': (input) => reports.refresh(input),
  'reports.update': (input) => reports.update(input),
  'reports.delete': (input) => reports.delete(input),
  'reports.compare': (input) => reports.compare(input),
  'reports.exportTable': (input) => reports.exportTable(input),
  'reports.deck': (input) =>
    writeDeckToExports(cache, deck.dataDir, {
      ids: input.ids,
      ...(input.title ? { title: input.title } : {}),
      sourceNames: deck.sourceNames(),
      sourceCurrencies: deck.sourceCurrencies(),
    }),
});
