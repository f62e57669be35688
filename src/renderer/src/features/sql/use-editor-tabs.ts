import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorTab, EditorTabs } from '../../../../shared/contract/query';
import { useClient } from '../../api/client-context';

const SAVE_DELAY_MS = 400;

const newTabId = (): string => `tab-${crypto.randomUUID()}`;

/**
 * The editor's tabs, loaded from main and saved back (debounced) on every change, so a
 * restart brings back every tab with its unsaved text.
 */
export const useEditorTabs = (defaultSourceId: string) => {
  const client = useClient();
  const [state, setState] = useState<EditorTabs | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<EditorTabs | null>(null);

  useEffect(() => {
    client
      .call('editor.tabs.load', {})
      .then((tabs) => setState(tabs))
      .catch((error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)));
  }, [client]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (latest.current) void client.call('editor.tabs.save', latest.current).catch(() => undefined);
  }, [client]);

  useEffect(() => {
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (change: (current: EditorTabs) => EditorTabs) => {
      setState((current) => {
        if (!current) return current;
        const next = change(current);
        latest.current = next;
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, SAVE_DELAY_MS);
        return next;
      });
    },
    [flush],
  );

  const active = state?.tabs.find((tab) => tab.id === state.activeId) ?? state?.tabs[0] ?? null;

  return {
    tabs: state?.tabs ?? [],
    active,
    loadError,
    select: (id: string) => update((current) => ({ ...current, activeId: id })),
    patch: (id: string, patch: Partial<EditorTab>) =>
      update((current) => ({
        ...current,
        tabs: current.tabs.map((tab) => (tab.id === id ? { ...tab, ...patch } : tab)),
      })),
    open: (tab: Partial<EditorTab> = {}) =>
      update((current) => {
        const numbers = current.tabs.map((t) => Number(/^Query (\d+)$/.exec(t.title)?.[1] ?? 0));
        const created: EditorTab = {
          id: newTabId(),
          title: `Query ${Math.max(0, ...numbers) + 1}`,
          sql: '',
          sourceId: defaultSourceId,
          resultId: null,
          ...tab,
        };
        return { tabs: [...current.tabs, created].slice(-50), activeId: created.id };
      }),
    close: (id: string) =>
      update((current) => {
        const index = current.tabs.findIndex((tab) => tab.id === id);
        const remaining = current.tabs.filter((tab) => tab.id !== id);
        if (remaining.length === 0) {
          const fresh: EditorTab = {
            id: newTabId(),
            title: 'Query 1',
            sql: '',
            sourceId: defaultSourceId,
            resultId: null,
          };
          return { tabs: [fresh], activeId: fresh.id };
        }
        const activeId =
          current.activeId === id
            ? (remaining[Math.max(0, index - 1)]?.id ?? remaining[0]?.id ?? null)
            : current.activeId;
        return { tabs: remaining, activeId };
      }),
  };
};
