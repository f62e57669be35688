import { useEffect } from 'react';
import { pageIds, type PageId } from '../../../shared/contract';

export const isMacPlatform = (): boolean => /mac/i.test(navigator.platform);

/** The modifier shown next to each page: browsers keep Ctrl+digit for their tabs, so web mode shows Alt. */
export const shortcutModifier = (transport: 'ipc' | 'http'): string =>
  transport === 'http' ? (isMacPlatform() ? '⌥' : 'Alt') : isMacPlatform() ? '⌘' : 'Ctrl';

/**
 * Ctrl/Cmd+1..6 (the desktop convention) and Alt+1..6 (which browsers leave to the page) switch
 * pages. Uses `event.code` so Alt+digit works on macOS layouts where it types a symbol.
 */
export const usePageShortcuts = (onNavigate: (page: PageId) => void): void => {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const match = /^Digit([1-6])$/.exec(event.code);
      if (!match?.[1] || event.shiftKey) return;
      const primary = (event.ctrlKey || event.metaKey) && !event.altKey;
      const alternate = event.altKey && !event.ctrlKey && !event.metaKey;
      if (!primary && !alternate) return;
      const page = pageIds[Number(match[1]) - 1];
      if (!page) return;
      event.preventDefault();
      onNavigate(page);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onNavigate]);
};
