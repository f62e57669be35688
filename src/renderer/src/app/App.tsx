import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { PageId, type PageId as PageIdType } from '../../../shared/contract';
import { useClient } from '../api/client-context';
import { AskPage } from '../features/ask/AskPage';
import { ExplorePage } from '../features/explore/ExplorePage';
import { ForecastPage } from '../features/forecast/ForecastPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { shortcutModifier, usePageShortcuts } from './keyboard-navigation';
import { DemoSetupBanner } from './DemoSetupBanner';
import { BackOnlineBanner } from './BackOnlineBanner';
import { NoticeBanners } from './NoticeBanners';
import { pages } from './page-registry';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

const PAGE_KEY = 'aisle.page';

// The SQL editor brings Monaco and ECharts (most of the app's code): loaded when first opened.
const SqlPage = lazy(() => import('../features/sql/SqlPage').then((module) => ({ default: module.SqlPage })));

const pageViews: Record<PageIdType, () => ReactNode> = {
  ask: () => <AskPage />,
  explore: () => <ExplorePage />,
  forecast: () => <ForecastPage />,
  sql: () => (
    <Suspense fallback={<p className="muted page-loading">Loading the SQL editor…</p>}>
      <SqlPage />
    </Suspense>
  ),
  reports: () => <ReportsPage />,
  settings: () => <SettingsPage />,
};

const initialPage = (): PageIdType => {
  const saved = PageId.safeParse(window.sessionStorage.getItem(PAGE_KEY));
  return saved.success ? saved.data : 'ask';
};

export const App = () => {
  const client = useClient();
  const [page, setPage] = useState<PageIdType>(initialPage);

  const navigate = useCallback((next: PageIdType) => {
    window.sessionStorage.setItem(PAGE_KEY, next);
    setPage(next);
  }, []);

  usePageShortcuts(navigate);
  // The Electron menu's "Go" items arrive as events.
  useEffect(() => client.on('ui.navigate', ({ page: next }) => navigate(next)), [client, navigate]);

  const entry = pages.find((candidate) => candidate.id === page) ?? pages[0];
  useEffect(() => {
    document.title = entry ? `${entry.label} · Aisle` : 'Aisle';
  }, [entry]);

  return (
    <div className="shell">
      <Sidebar current={page} onNavigate={navigate} modifier={shortcutModifier(client.transport)} />
      <div className="shell__main">
        <TopBar />
        <main className="content" id="content" data-page={page}>
          <NoticeBanners />
          <BackOnlineBanner />
          <DemoSetupBanner />
          {pageViews[page]()}
        </main>
      </div>
    </div>
  );
};
