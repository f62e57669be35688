import { mkdirSync } from 'node:fs';
import { createAppHandlers, type AppFacts } from '../app/app-handlers';
import { createAuthHandlers } from '../auth/auth-handlers';
import { createNetworkHandlers } from '../network/network-handlers';
import { NetworkMonitor, type Probe } from '../network/network-monitor';
import { createSourceHandlers } from '../sources/source-handlers';
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
}

export interface Core {
  router: Router;
  events: EventBus;
  dataDir: string;
  start(): void;
  stop(): Promise<void>;
}

/** The one core both shells and the CLI run: every domain's handlers behind one router. */
export const createCore = (options: CoreOptions): Core => {
  mkdirSync(options.dataDir, { recursive: true });
  const events = new EventBus();
  const monitor = new NetworkMonitor({
    url: options.connectivityUrl ?? DEFAULT_CONNECTIVITY_URL,
    ...(options.probe ? { probe: options.probe } : {}),
    onChange: (status) => events.emit('network.status', status),
  });

  const handlers: HandlerMap = {
    ...createAppHandlers(options),
    ...createNetworkHandlers(monitor),
    ...createAuthHandlers(),
    ...createSourceHandlers(),
  };

  return {
    router: createRouter(handlers, options.log),
    events,
    dataDir: options.dataDir,
    start: () => monitor.start(),
    stop: () => {
      monitor.stop();
      return Promise.resolve();
    },
  };
};
