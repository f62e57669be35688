import type { AisleBridge } from '../../../shared/contract';
import { createAisleClient, type AisleClient } from './aisle-client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import { takeLaunchToken } from './launch-token';

declare global {
  interface Window {
    aisle?: AisleBridge;
  }
}

export type ClientSetup = { ok: true; client: AisleClient } | { ok: false; reason: 'missing-token' };

/** IPC when the Electron preload is there, HTTP with the launch token otherwise. */
export const setUpClient = (): ClientSetup => {
  if (window.aisle) return { ok: true, client: createAisleClient(createIpcTransport(window.aisle)) };
  const token = takeLaunchToken(window.location, window.history, window.sessionStorage);
  if (!token) return { ok: false, reason: 'missing-token' };
  return { ok: true, client: createAisleClient(createHttpTransport(token)) };
};
