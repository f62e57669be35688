import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { eventNames, IPC_EVENT_CHANNEL, ipcChannelFor, methodNames } from '../shared/contract/names';
import type { AisleBridge } from '../shared/contract/bridge';
import type { EventName, MethodName } from '../shared/contract/names';
import type { ResultEnvelope } from '../shared/contract/errors';

const allowedMethods = new Set<string>(methodNames);
const allowedEvents = new Set<string>(eventNames);

const isEventMessage = (value: unknown): value is { name: string; payload: unknown } =>
  typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string';

/**
 * The renderer's only door to main: invoke an allowlisted method, listen to an allowlisted
 * event. No ipcRenderer, no Node, nothing else crosses.
 */
const bridge: AisleBridge = {
  invoke(method: MethodName, input: unknown): Promise<ResultEnvelope<unknown>> {
    if (!allowedMethods.has(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_method', message: `Aisle has no call named "${method}".` },
      });
    }
    return ipcRenderer.invoke(ipcChannelFor(method), input) as Promise<ResultEnvelope<unknown>>;
  },
  on(event: EventName, listener: (payload: unknown) => void): () => void {
    if (!allowedEvents.has(event)) throw new Error(`Aisle has no event named "${event}".`);
    const forward = (_event: Electron.IpcRendererEvent, message: unknown): void => {
      if (isEventMessage(message) && message.name === event) listener(message.payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => void ipcRenderer.off(IPC_EVENT_CHANNEL, forward);
  },
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
};

contextBridge.exposeInMainWorld('aisle', bridge);
