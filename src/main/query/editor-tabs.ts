import { EditorTabs } from '../../shared/contract';
import type { Cache } from '../cache';
import { AisleError } from '../core/aisle-error';
import { DEMO_SOURCE } from '../sources/source-registry';
import { STARTER_SQL } from './starter-query';

/** The settings key the editor's tabs live under. */
export const EDITOR_TABS_KEY = 'editor.tabs';

export const defaultEditorTabs = (): EditorTabs => ({
  tabs: [{ id: 'query-1', title: 'Query 1', sql: STARTER_SQL, sourceId: DEMO_SOURCE.id, resultId: null }],
  activeId: 'query-1',
});

/**
 * The tabs as they were saved, or one starter tab when none were. A tab's result may have been
 * removed from the cache since; it then reopens without one rather than pointing at nothing.
 */
export const loadEditorTabs = (cache: Cache): EditorTabs => {
  const stored = cache.settings.get(EDITOR_TABS_KEY, EditorTabs);
  if (stored === undefined) return defaultEditorTabs();
  const tabs = stored.tabs.map((tab) =>
    tab.resultId !== null && cache.results.get(tab.resultId) === null ? { ...tab, resultId: null } : tab,
  );
  const activeId = tabs.some((tab) => tab.id === stored.activeId) ? stored.activeId : (tabs[0]?.id ?? null);
  return { tabs, activeId };
};

export const saveEditorTabs = (cache: Cache, value: EditorTabs): void => {
  const seen = new Set<string>();
  value.tabs.forEach((tab, index) => {
    if (seen.has(tab.id)) {
      throw new AisleError('invalid_input', `Two tabs have the id "${tab.id}"; each tab needs its own.`, {
        field: `tabs.${index}.id`,
      });
    }
    seen.add(tab.id);
  });
  if (value.activeId !== null && !seen.has(value.activeId)) {
    throw new AisleError('invalid_input', `The active tab "${value.activeId}" is not one of the tabs.`, {
      field: 'activeId',
    });
  }
  cache.settings.set(EDITOR_TABS_KEY, value);
};
