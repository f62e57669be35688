import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'aisle.activeSource';

interface ActiveSourceApi {
  activeId: string;
  setActiveId: (id: string) => void;
}

const ActiveSourceContext = createContext<ActiveSourceApi | null>(null);

/** Which data source the pages work on; remembered on this computer. */
export const ActiveSourceProvider = ({ children }: { children: ReactNode }) => {
  const [activeId, setState] = useState(() => window.localStorage.getItem(STORAGE_KEY) ?? 'demo');
  const setActiveId = useCallback((id: string) => {
    window.localStorage.setItem(STORAGE_KEY, id);
    setState(id);
  }, []);
  return <ActiveSourceContext.Provider value={{ activeId, setActiveId }}>{children}</ActiveSourceContext.Provider>;
};

export const useActiveSource = (): ActiveSourceApi => {
  const api = useContext(ActiveSourceContext);
  if (!api) throw new Error('useActiveSource must be used inside <ActiveSourceProvider>.');
  return api;
};
