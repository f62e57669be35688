export { Cache, type CacheOptions } from './cache';
export type { Chat, ChatMessage, ChatRole, ChatStore, ChatWithMessages } from './chat-store';
export { systemClock, type Clock } from './clock';
export type { HistoryEntry, HistoryFilter, HistoryPatch, HistoryStore, NewHistoryEntry } from './history-store';
export { INTERRUPTED_MESSAGE } from './interrupt-abandoned';
export type { JsonValue } from './json-column';
export { loadCacheMigrations, type Migration } from './migrations';
export { CACHE_FILE_NAME, cacheFilePath, openCache, type OpenCacheOptions, type OpenedCache } from './open-cache';
export type { QueryStatus } from './query-status';
export type {
  NewReport,
  Report,
  ReportFilter,
  ReportPatch,
  ReportStore,
  ReportVersion,
  ReportWithVersions,
} from './report-store';
export type { ResultMeta } from './result-meta';
export { DEFAULT_PAGE_SIZE, type BeginResult, type ResultListFilter, type ResultStore } from './result-store';
export type { FinishStats, ResultWriter } from './result-writer';
export type { SavedQuery, SavedQueryFilter, SavedQueryStore, SaveQueryInput } from './saved-query-store';
export type { SettingsStore } from './settings-store';
export type { CachedSource, SourceInput, SourceStore } from './source-store';
