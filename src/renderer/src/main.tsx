import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/pages.css';
import './styles/sql.css';
import './styles/ask.css';
import './styles/explore.css';
import './styles/explore-product.css';
import './styles/forecast.css';
import './styles/reports.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ActiveSourceProvider } from './api/active-source';
import { ClientProvider } from './api/client-context';
import { setUpClient } from './api/create-client';
import { App } from './app/App';
import { MissingToken } from './app/MissingToken';
import { applyInitialTheme } from './theme/theme-preference';
import { ThemeProvider } from './theme/theme-context';

applyInitialTheme();

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const setup = setUpClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ThemeProvider>
      {setup.ok ? (
        <ClientProvider client={setup.client}>
          <QueryClientProvider client={queryClient}>
            <ActiveSourceProvider>
              <App />
            </ActiveSourceProvider>
          </QueryClientProvider>
        </ClientProvider>
      ) : (
        <MissingToken />
      )}
    </ThemeProvider>
  </StrictMode>,
);
