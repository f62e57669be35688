import type { HandlerMap } from '../core/router';
import type { GoogleAccount } from './google-account';
import type { GoogleSettingsStore } from './google-settings';

type GoogleMethodName = 'google.settings.get' | 'google.settings.set' | 'google.projects.list' | 'google.datasets.list';

export const createGoogleHandlers = (
  account: GoogleAccount,
  settings: GoogleSettingsStore,
  /** Settings changed: open BigQuery warehouses hold the old billing project, and the UI shows the new state. */
  onSettingsChanged: () => Promise<void>,
): HandlerMap<GoogleMethodName> => ({
  'google.settings.get': () => settings.view(),
  'google.settings.set': async (update) => {
    const view = settings.update(update);
    await onSettingsChanged();
    return view;
  },
  'google.projects.list': async () => ({ projects: await account.projects() }),
  'google.datasets.list': async ({ projectId }) => ({ datasets: await account.datasets(projectId) }),
});
