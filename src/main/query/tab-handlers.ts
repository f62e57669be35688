import type { Cache } from '../cache';
import type { HandlerMap } from '../core/router';
import { loadEditorTabs, saveEditorTabs } from './editor-tabs';

export const createTabHandlers = (cache: Cache): HandlerMap<'editor.tabs.load' | 'editor.tabs.save'> => ({
  'editor.tabs.load': () => loadEditorTabs(cache),
  'editor.tabs.save': (tabs) => {
    saveEditorTabs(cache, tabs);
    return { saved: true };
  },
});
