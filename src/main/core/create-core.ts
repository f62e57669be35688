import { mkdirSync } from 'node:fs';
import type { Notice } from '../../shared/contract';
import { createAppHandlers, type AppFacts } from '../app/app-handlers';
import { cacheFilePath, openCache, type Cache } from '../cache';
import { createAuthHandlers } from '../auth/auth-handlers';
import { createNetworkHandlers } from '../network/network-handlers';
import { NetworkMonitor, type Probe } from '../network/network-monitor';
import { createDemoHandlers } from '../demo/demo-handlers';
import { createExportHandlers } from '../export/export-handlers';
import { createImportHandlers } from '../import/import-handlers';
import { DemoService } from '../demo/demo-service';
import { createLibraryHandlers, createQueryHandlers, createTabHandlers, QueryRunner } from '../query';
import { createReportHandlers } from '../reports/report-handlers';
import { createCostGuardHandlers, readCostGuard } from '../settings/cost-guard-handlers';
import { createSourceHandlers } from '../sources/source-handlers';
import { SourceRegistry } from '../sources/source-registry';
import { EventBus } from './event-bus';
import type { Log } from './logger';
import { createRouter, type HandlerMap, type Router } from './router';

/** Google's API host: reaching it is what "online" means for Aisle. */
export const DEFAULT_CONNECTIVITY_URL = 'https://bigquery.googleapis.com/';

export interface CoreOptions extends AppFacts {
  log: Log;
  /** Overridable so tests and offline demos probe a loopback server instead (AISLE_CONNECTIVITY_URL). */
  connectivityUrl?: string;
  probe?: Probe;
  /** Generate the demo store on start when there is none (default true). */
  prepareDemo?: boolean;
}

export interface Core {
  router: Router;
  cache: Cache;
  events: EventBus;
  dataDir: string;
  demo: DemoService;
  sources: SourceRegistry;
  start(): void;
  stop(): Promise<void>;
}

/** The one core both shells and the CLI run: every domain's handlers behind one router. */
export const createCore = (options: CoreOptions): Core => {
  mkdirSync(options.dataDir, { recursive: true });
  const events = new EventBus();
  const { cache, notice } = openCache(cacheFilePath(options.dataDir), options.log);
  const notices: Notice[] = [];
  if (notice) {
    options.log(notice);
    notices.push({ id: 'cache-replaced', tone: 'warning', title: 'Aisle replaced a damaged cache', message: notice });
  }
  const monitor = new NetworkMonitor({
    url: options.connectivityUrl ?? DEFAULT_CONNECTIVITY_URL,
    ...(options.probe ? { probe: options.probe } : {}),
    onChange: (status) => events.emit('network.status', status),
  });

  const demo: DemoService = new DemoService({
    dataDir: options.dataDir,
    log: options.log,
    onProgress: (progress) => events.emit('job.progress', progress),
    // Called only during a generation, long after `sources` below exists.
    beforeReplace: () => sources.release('demo'),
  });
  const sources: SourceRegistry = new SourceRegistry(demo, cache);
  const queries = new QueryRunner({
    cache,
    sources,
    log: options.log,
    onProgress: (progress) => events.emit('job.progress', progress),
    maximumBytesBilled: () => readCostGuard(cache).maximumBytesBilled,
  });

  const handlers: HandlerMap = {
    ...createAppHandlers(options, () => notices),
    ...createNetworkHandlers(monitor),
    ...createAuthHandlers(),
    ...createSourceHandlers(sources),
    ...createDemoHandlers(demo),
    ...createImportHandlers({
      dataDir: options.dataDir,
      sources,
      onProgress: (progress) => events.emit('job.progress', progress),
    }),
    ...createQueryHandlers({ queries, sources }),
    ...createLibraryHandlers({ cache, sources }),
    ...createTabHandlers(cache),
    ...createExportHandlers(cache, options.dataDir),
    ...createReportHandlers(cache),
    ...createCostGuardHandlers(cache),
  };

  return {
    router: createRouter(handlers, options.log),
    events,
    dataDir: options.dataDir,
    cache,
    demo,
    sources,
    start: () => {
      monitor.start();
      // First launch: build the demo store in the background; the UI shows its progress.
      if (options.prepareDemo !== false && !demo.exists()) demo.ensure().catch(() => undefined);
    },
    stop: async () => {
      monitor.stop();
      // Running queries end as 'cancelled' in history while the cache is still open.
      await queries.stop();
      await sources.closeAll();
      cache.close();
    },
  };
};
