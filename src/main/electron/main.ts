import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, session, shell } from 'electron';
import { createCore, type Core } from '../core/create-core';
import { createStderrLog } from '../core/logger';
import { APP_VERSION } from '../version';
import { CONTENT_SECURITY_POLICY } from '../web/security-headers';
import { installAppMenu } from './app-menu';
import { installIpcBridge } from './ipc-bridge';
import { installWindowGuards } from './window-guards';
import { SafeStorageSecretStore } from './safe-storage-secret-store';
import { createWindowStateStore } from './window-state';

const log = createStderrLog('electron');
const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererFile = join(here, '../renderer/index.html');
const rendererUrl = devServerUrl ?? pathToFileURL(rendererFile).href;

app.setName('Aisle');
// AISLE_DATA_DIR wins over the OS default, for Electron's own files too.
const dataDirOverride = process.env['AISLE_DATA_DIR']?.trim();
if (dataDirOverride) app.setPath('userData', dataDirOverride);

let mainWindow: BrowserWindow | null = null;

const createMainWindow = (core: Core): BrowserWindow => {
  const windowState = createWindowStateStore(core.dataDir);
  const window = new BrowserWindow({
    ...windowState.initialBounds(),
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Aisle',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (windowState.wasMaximized()) window.maximize();
  windowState.track(window);
  installWindowGuards(window, rendererUrl, log);
  const uninstallBridge = installIpcBridge(core, window, rendererUrl, log);
  window.on('closed', uninstallBridge);
  window.once('ready-to-show', () => window.show());
  void (devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(rendererFile));
  return window;
};

const start = async (): Promise<void> => {
  await app.whenReady();
  const secrets = await SafeStorageSecretStore.open(join(app.getPath('userData'), 'google-credentials.bin'), log);
  const core = createCore({
    mode: 'electron',
    version: APP_VERSION,
    dataDir: app.getPath('userData'),
    electronVersion: process.versions.electron,
    chromiumVersion: process.versions.chrome,
    log,
    ...(process.env['AISLE_CONNECTIVITY_URL'] ? { connectivityUrl: process.env['AISLE_CONNECTIVITY_URL'] } : {}),
    ...(secrets ? { secrets } : {}),
    openBrowser: (url) => shell.openExternal(url),
  });
  // The file:// page carries the policy in a meta tag; this covers the dev server too.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  installAppMenu((page) => core.events.emit('ui.navigate', { page }), !app.isPackaged);
  core.start();
  mainWindow = createMainWindow(core);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(core);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => void core.stop());
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  start().catch((error: unknown) => {
    log('Aisle could not start', error);
    app.exit(1);
  });
}
