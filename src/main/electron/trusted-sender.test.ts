import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender';

const fileWindow = { webContentsId: 7, rendererUrl: 'file:///opt/Aisle/resources/app.asar/out/renderer/index.html' };
const devWindow = { webContentsId: 7, rendererUrl: 'http://localhost:5173/' };

describe('isTrustedSender', () => {
  it('accepts our window’s main frame on our page, whatever its hash', () => {
    expect(
      isTrustedSender({ webContentsId: 7, isMainFrame: true, url: `${fileWindow.rendererUrl}#/sql` }, fileWindow),
    ).toBe(true);
    expect(
      isTrustedSender({ webContentsId: 7, isMainFrame: true, url: 'http://localhost:5173/index.html' }, devWindow),
    ).toBe(true);
  });

  it('refuses a subframe of our own window', () => {
    expect(isTrustedSender({ webContentsId: 7, isMainFrame: false, url: fileWindow.rendererUrl }, fileWindow)).toBe(
      false,
    );
  });

  it('refuses another window', () => {
    expect(isTrustedSender({ webContentsId: 8, isMainFrame: true, url: fileWindow.rendererUrl }, fileWindow)).toBe(
      false,
    );
  });

  it('refuses our window after it was navigated elsewhere', () => {
    for (const url of ['https://example.com/', 'file:///tmp/evil.html', 'http://localhost:5174/', 'about:blank']) {
      const window = url.startsWith('http://localhost') ? devWindow : fileWindow;
      expect(isTrustedSender({ webContentsId: 7, isMainFrame: true, url }, window)).toBe(false);
    }
  });

  it('refuses a message with no frame (the frame was already gone)', () => {
    expect(isTrustedSender(null, fileWindow)).toBe(false);
  });

  it('refuses an unparseable URL', () => {
    expect(isTrustedSender({ webContentsId: 7, isMainFrame: true, url: 'not a url' }, fileWindow)).toBe(false);
  });
});
