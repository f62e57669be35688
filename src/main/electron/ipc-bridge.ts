import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_CHANNEL, ipcChannelFor, methodNames, type ResultEnvelope } from '../../shared/contract';
import type { Core } from '../core/create-core';
import type { Log } from '../core/logger';
import { isTrustedSender } from './trusted-sender';

const senderFacts = (event: IpcMainInvokeEvent) => {
  const frame = event.senderFrame;
  return frame ? { webContentsId: event.sender.id, isMainFrame: frame.parent === null, url: frame.url } : null;
};

/**
 * One `ipcMain.handle` per contract method, nothing else. Each checks that the message came
 * from our window's main frame before the router validates the input.
 */
export const installIpcBridge = (
  core: Pick<Core, 'router' | 'events'>,
  window: BrowserWindow,
  rendererUrl: string,
  log: Log,
): (() => void) => {
  const trusted = { webContentsId: window.webContents.id, rendererUrl };
  for (const method of methodNames) {
    ipcMain.handle(ipcChannelFor(method), async (event, input: unknown): Promise<ResultEnvelope<unknown>> => {
      if (!isTrustedSender(senderFacts(event), trusted)) {
        log(`refused ${method} from an untrusted frame`);
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call Aisle.' } };
      }
      return core.router.invoke(method, input, { transport: 'ipc' });
    });
  }
  const unsubscribe = core.events.subscribe((message) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, message);
  });
  return () => {
    unsubscribe();
    for (const method of methodNames) ipcMain.removeHandler(ipcChannelFor(method));
  };
};
