const ACTIVE_CHAT_KEY = 'aisle.ask.activeChat';
const HISTORY_OPEN_KEY = 'aisle.ask.historyOpen';

/**
 * The chat the Ask page shows, remembered with its source: leaving the page and coming back
 * reopens it, and a different source starts a new chat.
 */
export const rememberedChat = (sourceId: string): string | null => {
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(ACTIVE_CHAT_KEY) ?? 'null');
    if (typeof saved !== 'object' || saved === null) return null;
    const { sourceId: savedSource, chatId } = saved as Record<string, unknown>;
    return savedSource === sourceId && typeof chatId === 'string' ? chatId : null;
  } catch {
    return null;
  }
};

export const rememberChat = (sourceId: string, chatId: string | null): void => {
  if (chatId === null) window.localStorage.removeItem(ACTIVE_CHAT_KEY);
  else window.localStorage.setItem(ACTIVE_CHAT_KEY, JSON.stringify({ sourceId, chatId }));
};

export const historyOpenPreference = (): boolean => window.localStorage.getItem(HISTORY_OPEN_KEY) !== 'closed';

export const rememberHistoryOpen = (open: boolean): void =>
  window.localStorage.setItem(HISTORY_OPEN_KEY, open ? 'open' : 'closed');
