/** What main knows about the frame an IPC message came from (Electron's WebFrameMain, reduced). */
export interface SenderFacts {
  webContentsId: number;
  isMainFrame: boolean;
  url: string;
}

export interface TrustedWindow {
  webContentsId: number;
  /** The URL our renderer was loaded from: a file:// index.html, or the dev server. */
  rendererUrl: string;
}

const withoutHashAndSearch = (url: URL): string => `${url.protocol}//${url.host}${url.pathname}`;

/**
 * Only our own window's top frame may call main. A subframe, another window or a page the
 * window was somehow navigated to is refused, whatever it sends.
 */
export const isTrustedSender = (sender: SenderFacts | null, trusted: TrustedWindow): boolean => {
  if (!sender || !sender.isMainFrame || sender.webContentsId !== trusted.webContentsId) return false;
  let from: URL;
  let expected: URL;
  try {
    from = new URL(sender.url);
    expected = new URL(trusted.rendererUrl);
  } catch {
    return false;
  }
  if (expected.protocol === 'file:') {
    return from.protocol === 'file:' && withoutHashAndSearch(from) === withoutHashAndSearch(expected);
  }
  return from.origin === expected.origin;
};
