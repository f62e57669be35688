import { createContext, useContext, type ReactNode } from 'react';
import { useTheme } from './theme-preference';

type ThemeApi = ReturnType<typeof useTheme>;

const ThemeContext = createContext<ThemeApi | null>(null);

export const ThemeProvider = ({ children }: { children: ReactNode }) => (
  <ThemeContext.Provider value={useTheme()}>{children}</ThemeContext.Provider>
);

export const useThemeContext = (): ThemeApi => {
  const theme = useContext(ThemeContext);
  if (!theme) throw new Error('useThemeContext must be used inside <ThemeProvider>.');
  return theme;
};
