import type { AisleBridge } from '../../../shared/contract';
import type { Transport } from './aisle-client';

/** Electron: the preload's `window.aisle` bridge. */
export const createIpcTransport = (bridge: AisleBridge): Transport => ({
  kind: 'ipc',
  invoke: (method, input) => bridge.invoke(method, input),
  on: (event, listener) => bridge.on(event, listener),
  fileToPath: (file) => Promise.resolve(bridge.pathForFile(file)),
  // The desktop app writes exports straight into the data folder's exports/.
  downloadExport: () => Promise.resolve(false),
});
