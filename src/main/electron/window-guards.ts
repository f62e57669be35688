import { shell, type BrowserWindow } from 'electron';
import type { Log } from '../core/logger';
import { judgeNavigation } from './navigation-policy';

/** No navigation away, no new windows, no webviews, no permissions: the window shows Aisle only. */
export const installWindowGuards = (window: BrowserWindow, rendererUrl: string, log: Log): void => {
  const contents = window.webContents;
  const follow = (url: string): void => {
    const verdict = judgeNavigation(url, rendererUrl);
    if (verdict === 'open-externally') void shell.openExternal(url);
    if (verdict === 'refuse') log(`refused navigation to a ${new URL(url).protocol} URL`);
  };

  contents.on('will-navigate', (event, url) => {
    if (judgeNavigation(url, rendererUrl) === 'stay') return;
    event.preventDefault();
    follow(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (judgeNavigation(url, rendererUrl) !== 'stay') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    follow(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
};
