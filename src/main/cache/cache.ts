import type Database from 'better-sqlite3';
import { ChatStore } from './chat-store';
import type { Clock } from './clock';
import { HistoryStore } from './history-store';
import { ReportStore } from './report-store';
import { ResultStore } from './result-store';
import { SavedQueryStore } from './saved-query-store';
import { SettingsStore } from './settings-store';
import { SourceStore } from './source-store';

export interface CacheOptions {
  clock: Clock;
  /** Rows per result page; tests use small pages to cover many of them cheaply. */
  pageSize?: number;
}

/** One open cache file and a store per table family. Made by openCache. */
export class Cache {
  readonly db: Database.Database;
  readonly path: string;
  readonly sources: SourceStore;
  readonly results: ResultStore;
  readonly history: HistoryStore;
  readonly savedQueries: SavedQueryStore;
  readonly chats: ChatStore;
  readonly reports: ReportStore;
  readonly settings: SettingsStore;

  constructor(db: Database.Database, path: string, options: CacheOptions) {
    const { clock } = options;
    this.db = db;
    this.path = path;
    this.sources = new SourceStore(db, { clock });
    this.results = new ResultStore(
      db,
      options.pageSize === undefined ? { clock } : { clock, pageSize: options.pageSize },
    );
    this.history = new HistoryStore(db, { clock });
    this.savedQueries = new SavedQueryStore(db, { clock });
    this.chats = new ChatStore(db, { clock });
    this.reports = new ReportStore(db, { clock });
    this.settings = new SettingsStore(db);
  }

  /** Closing the last connection checkpoints the WAL into the main file and removes -wal/-shm. */
  close(): void {
    if (!this.db.open) return;
    try {
      // Lets SQLite refresh planner statistics it found stale during this session. Optional:
      // if another process holds the write lock past the busy timeout, close anyway.
      this.db.pragma('optimize');
    } finally {
      this.db.close();
    }
  }
}
