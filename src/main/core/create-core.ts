import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import open from 'open';
import type { Notice } from '../../shared/contract';
import { createAppHandlers, type AppFacts } from '../app/app-handlers';
import { cacheFilePath, openCache, type Cache } from '../cache';
import { createAskHandlers } from '../ask/ask-handlers';
import { AskService } from '../ask/ask-service';
import { SourceContexts } from '../ask/source-context';
import { createAuthHandlers } from '../auth/auth-handlers';
import { uploadsDir } from '../web/upload';
import { AuthService } from '../auth/auth-service';
import { FileSecretStore } from '../auth/file-secret-store';
import type { SecretStore } from '../auth/secret-store';
import { createBigQueryOpener } from '../google/bigquery-opener';
import { GoogleAccount } from '../google/google-account';
import { googleEndpointsFromEnv } from '../google/google-endpoints';
import { createGoogleHandlers } from '../google/google-handlers';
import { createPublishDemoHandlers } from '../google/publish-demo-handler';
import { createSessionGemini } from '../google/session-gemini';
import { GoogleSettingsStore } from '../google/google-settings';
import { createNetworkHandlers } from '../network/network-handlers';
import { NetworkMonitor, type Probe } from '../network/network-monitor';
import { createDemoHandlers } from '../demo/demo-handlers';
import { createExportHandlers } from '../export/export-handlers';
import { createExploreHandlers } from '../explore/explore-handlers';
import { createForecastHandlers } from '../forecast/forecast-handlers';
import { ForecastService } from '../forecast/forecast-service';
import { ExploreService } from '../explore/explore-service';
import { ImageStore } from '../explore/image-store';
import { ExploreAi } from '../explore/explore-ai';
import { RemoteImages } from '../explore/remote-images';
import { ReviewIndexes } from '../reviews/review-indexes';
import { reviewIndexPath } from '../reviews/search';
import { createImportHandlers } from '../import/import-handlers';
import { DemoService } from '../demo/demo-service';
import { createLibraryHandlers, createQueryHandlers, createTabHandlers, QueryRunner } from '../query';
import { createReportHandlers } from '../reports/report-handlers';
import { ReportService } from '../reports/report-service';
import { createCostGuardHandlers, readCostGuard } from '../settings/cost-guard-handlers';
import { createSourceHandlers } from '../sources/source-handlers';
import { SourceRegistry } from '../sources/source-registry';
import { EventBus } from './event-bus';
import type { Log } from './logger';
import { createRouter, type HandlerMap, type Router } from './router';

/** Google's API host and its sign-in host: reaching both is what "online" means for Aisle. */
export const DEFAULT_CONNECTIVITY_URL = 'https://bigquery.googleapis.com/';
const DEFAULT_SIGN_IN_URL = 'https://oauth2.googleapis.com/';

export interface CoreOptions extends AppFacts {
  log: Log;
  /** Overridable so tests and offline demos probe a loopback server instead (AISLE_CONNECTIVITY_URL). */
  connectivityUrl?: string;
  probe?: Probe;
  /** Generate the demo store on start when there is none (default true). */
  prepareDemo?: boolean;
  /** Where the Google refresh token is kept: the OS keychain in Electron; a private file otherwise. */
  secrets?: SecretStore;
  /** Opens the sign-in page in the system browser (Electron: shell.openExternal; otherwise the `open` package). */
  openBrowser?: (url: string) => Promise<void>;
  /** The environment the Google settings read (AISLE_OAUTH_CLIENT_ID, endpoints, …); process.env by default. */
  env?: NodeJS.ProcessEnv;
}

/** The name of the private credentials file web mode and the CLI share. */
export const CREDENTIALS_FILE = 'google-credentials.json';

/** AISLE_NO_BROWSER=1 (SSH sessions, tests): print the sign-in link instead of opening a browser. */
const defaultOpenBrowser =
  (env: NodeJS.ProcessEnv) =>
  async (url: string): Promise<void> => {
    if (env['AISLE_NO_BROWSER'] === '1') return;
    await open(url);
  };

export interface Core {
  router: Router;
  cache: Cache;
  events: EventBus;
  dataDir: string;
  demo: DemoService;
  sources: SourceRegistry;
  google: GoogleAccount;
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
  const env = options.env ?? process.env;
  const endpoints = googleEndpointsFromEnv(env);
  const monitor = new NetworkMonitor({
    // A loopback connectivity URL (tests, offline demos) stands in for Google's hosts, with the
    // sign-in endpoint when that is redirected too.
    urls: options.connectivityUrl
      ? [options.connectivityUrl, ...(endpoints.oauth ? [`${new URL(endpoints.oauth.tokenUrl).origin}/`] : [])]
      : [DEFAULT_CONNECTIVITY_URL, DEFAULT_SIGN_IN_URL],
    ...(options.probe ? { probe: options.probe } : {}),
    onChange: (status) => events.emit('network.status', status),
  });

  const demo: DemoService = new DemoService({
    dataDir: options.dataDir,
    log: options.log,
    onProgress: (progress) => events.emit('job.progress', progress),
    // Called only during a generation, long after `sources` below exists.
    beforeReplace: async () => {
      askContexts.forget('demo');
      await explore.forget('demo');
      return sources.release('demo');
    },
  });
  const googleSettings = new GoogleSettingsStore(cache.settings, env);
  const secrets = options.secrets ?? new FileSecretStore(join(options.dataDir, CREDENTIALS_FILE));
  const auth: AuthService = new AuthService({
    secrets,
    ...(endpoints.oauth ? { endpoints: endpoints.oauth } : {}),
    clientConfig: () => googleSettings.clientConfig(),
    openBrowser: options.openBrowser ?? defaultOpenBrowser(env),
    onConsentUrl: (url) => events.emit('auth.consent', { url }),
    ...(env['AISLE_GOOGLE_ACCESS_TOKEN'] ? { accessToken: env['AISLE_GOOGLE_ACCESS_TOKEN'] } : {}),
    log: options.log,
    onChange: () => {
      // A new session (or none) must not reuse the old one's warehouses; closing them cancels
      // their running jobs (a query that hit the dead sign-in fails with its own message).
      void forgetBigQuery();
      events.emit('auth.state', google.state());
    },
  });
  const google: GoogleAccount = new GoogleAccount({
    auth,
    settings: googleSettings,
    secrets,
    bigQueryEndpoint: endpoints.bigquery,
    defaultProject: env['GOOGLE_CLOUD_PROJECT']?.trim() || undefined,
    log: options.log,
  });
  const sources: SourceRegistry = new SourceRegistry(demo, cache, createBigQueryOpener(google));
  const queries = new QueryRunner({
    cache,
    sources,
    log: options.log,
    onProgress: (progress) => events.emit('job.progress', progress),
    maximumBytesBilled: () => readCostGuard(cache).maximumBytesBilled,
  });

  const askContexts: SourceContexts = new SourceContexts(sources);
  const remoteImages = new RemoteImages({
    cacheDir: join(options.dataDir, 'image-cache'),
    authClient: () => auth.client(),
    ...(endpoints.storage ? { storageEndpoint: endpoints.storage } : {}),
    // Plain http to this computer only where Google's endpoints are loopback fakes (tests).
    allowLoopback: [endpoints.bigquery, endpoints.storage].some(
      (url) => url !== undefined && /^http:\/\/(?:127\.0\.0\.1|localhost)[:/]/.test(url),
    ),
  });
  const exploreAi = new ExploreAi({
    dataDir: options.dataDir,
    sources,
    connection: () => googleSettings.aiConnection(),
    maximumBytesBilled: () => readCostGuard(cache).maximumBytesBilled,
    images: remoteImages,
    onProgress: (progress) => events.emit('job.progress', progress),
  });
  const reviewIndexes = new ReviewIndexes({
    dataDir: options.dataDir,
    warehouse: (sourceId) => sources.warehouse(sourceId),
    extraStamp: (sourceId) => {
      // A regenerated demo store can have the same review count and latest date as the old one.
      const manifest = sourceId === 'demo' ? demo.manifest() : null;
      return manifest
        ? JSON.stringify({ generator: manifest.generatorVersion, seed: manifest.seed, scale: manifest.scale })
        : '';
    },
  });
  const explore: ExploreService = new ExploreService({
    dataDir: options.dataDir,
    sources,
    contexts: askContexts,
    reviews: reviewIndexes,
    images: new ImageStore({ dataDir: options.dataDir, fetchRemote: (uri) => remoteImages.fetch(uri) }),
    pins: { cache, queries },
    online: () => monitor.status.state !== 'offline',
    recheck: async () => (await monitor.check()).state !== 'offline',
    onProgress: (progress) => events.emit('job.progress', progress),
  });
  events.subscribe((message) => {
    // Back online: products opened from what was kept are read again on the next visit.
    if (message.name === 'network.status' && message.payload.state === 'online') explore.forgetKeptCatalogues();
  });

  const forecasts = new ForecastService({
    dataDir: options.dataDir,
    cache,
    online: () => monitor.status.state !== 'offline',
    recheck: async () => (await monitor.check()).state !== 'offline',
    sources,
    contexts: askContexts,
    maximumBytesBilled: () => readCostGuard(cache).maximumBytesBilled,
    onProgress: (progress) => events.emit('job.progress', progress),
  });

  const ask = new AskService({
    cache,
    sources,
    queries,
    contexts: askContexts,
    explore,
    forecasts,
    online: () => monitor.status.state !== 'offline',
    onProgress: (progress) => events.emit('job.progress', progress),
    // Gemini reads questions when it can: signed in, a project to bill, Google reachable
    // (AISLE_ASK_OFFLINE=1 keeps Ask on the offline interpreter).
    gemini: createSessionGemini({
      account: google,
      baseUrl: endpoints.gemini,
      disabled: env['AISLE_ASK_OFFLINE'] === '1',
      offline: () => monitor.status.state === 'offline',
      log: options.log,
    }),
    log: options.log,
  });

  /** After a sign-in change: BigQuery warehouses close, and nothing read with the old session is served again. */
  const forgetBigQuery = async (): Promise<void> => {
    // The warehouses close first, at once: a query started right after the change (the CLI's,
    // just after restoring its sign-in) must open a new one, not race an old one's closing.
    const released = sources.releaseBigQuery();
    exploreAi.close();
    const bigQueryIds = sources.list().flatMap((source) => (source.kind === 'bigquery' ? [source.id] : []));
    await Promise.all([released, ...bigQueryIds.map((id) => explore.forget(id))]);
  };

  const handlers: HandlerMap = {
    ...createAppHandlers(options, () => notices),
    ...createNetworkHandlers(monitor),
    ...createAuthHandlers(google, uploadsDir(options.dataDir)),
    ...createGoogleHandlers(google, googleSettings, async () => {
      await forgetBigQuery();
      events.emit('auth.state', google.state());
    }),
    ...createSourceHandlers(sources, google, async (id) => {
      // What Aisle read from a removed source goes with it, the review index file included.
      await explore.forget(id);
      rmSync(reviewIndexPath(options.dataDir, id), { force: true });
    }),
    ...createPublishDemoHandlers({
      account: google,
      sources,
      onProgress: (progress) => events.emit('job.progress', progress),
    }),
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
    ...createReportHandlers(
      cache,
      new ReportService({
        cache,
        dataDir: options.dataDir,
        sources,
        queries,
        forecasts,
        explore,
        online: () => monitor.status.state !== 'offline',
        onProgress: (progress) => events.emit('job.progress', progress),
      }),
      {
        dataDir: options.dataDir,
        sourceNames: () => Object.fromEntries(sources.list().map((source) => [source.id, source.name])),
        sourceCurrencies: () => Object.fromEntries(sources.list().map((source) => [source.id, source.currency])),
      },
    ),
    ...createCostGuardHandlers(cache),
    ...createAskHandlers(ask, cache, sources),
    ...createExploreHandlers(explore, exploreAi),
    ...createForecastHandlers(forecasts),
  };

  return {
    router: createRouter(handlers, options.log),
    events,
    dataDir: options.dataDir,
    cache,
    demo,
    sources,
    google,
    start: () => {
      monitor.start();
      auth.restore().catch((error: unknown) => options.log('could not restore the Google session', error));
      // First launch: build the demo store in the background; the UI shows its progress.
      if (options.prepareDemo !== false && !demo.exists()) demo.ensure().catch(() => undefined);
    },
    stop: async () => {
      monitor.stop();
      // Running queries end as 'cancelled' in history while the cache is still open.
      await queries.stop();
      await explore.forget();
      exploreAi.close();
      await sources.closeAll();
      cache.close();
    },
  };
};
