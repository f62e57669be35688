import type { HandlerMap } from '../core/router';
import type { NetworkMonitor } from './network-monitor';

export const createNetworkHandlers = (monitor: NetworkMonitor): HandlerMap<'network.status' | 'network.recheck'> => ({
  'network.status': () => monitor.status,
  'network.recheck': () => monitor.check(),
});
