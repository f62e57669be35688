-- 001_initial: the first cache schema.
-- Runs inside the migration transaction (src/main/cache/migrate.ts): no BEGIN/COMMIT here.
-- STRICT tables, so a wrong type fails at the write instead of surfacing later as a bad read.
-- Timestamps are ISO-8601 UTC text (Date.toISOString), so text order is time order.
-- source_id columns are not foreign keys: built-in sources (the demo store) have no row in
-- `sources`, and history or results should outlive the removal of a source definition.

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind TEXT NOT NULL CHECK (kind IN ('local', 'bigquery')),
  -- a DuckDB file path (local) or `project.dataset` (bigquery)
  location TEXT NOT NULL,
  -- the semantic model as JSON; null until one exists
  model_json TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE query_results (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  sql TEXT NOT NULL,
  params_json TEXT NOT NULL,
  columns_json TEXT NOT NULL,
  -- rows per page for this result; stored so the page size can change without breaking old results
  page_size INTEGER NOT NULL CHECK (page_size > 0),
  -- rows stored so far; grows with each committed page
  row_count INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'failed', 'cancelled', 'interrupted')),
  error TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  elapsed_ms INTEGER,
  bytes_processed INTEGER,
  bytes_billed INTEGER,
  cache_hit INTEGER CHECK (cache_hit IN (0, 1)),
  estimate_bytes INTEGER,
  -- the process writing a running result, so opening the cache only interrupts results whose writer is gone
  writer_pid INTEGER
) STRICT;

CREATE INDEX query_results_by_source ON query_results (source_id, started_at);
CREATE INDEX query_results_by_start ON query_results (started_at);
CREATE INDEX query_results_running ON query_results (status) WHERE status = 'running';

-- One row per page of a result: `row_count` rows starting at `first_row`, packed as one
-- MessagePack array of row arrays (plain MessagePack, no msgpackr extensions).
CREATE TABLE result_pages (
  result_id TEXT NOT NULL REFERENCES query_results (id) ON DELETE CASCADE,
  page_index INTEGER NOT NULL,
  first_row INTEGER NOT NULL,
  row_count INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (result_id, page_index)
) STRICT;

CREATE TABLE query_history (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  sql TEXT NOT NULL,
  params_json TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'failed', 'cancelled', 'interrupted')),
  error TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  elapsed_ms INTEGER,
  row_count INTEGER,
  bytes_processed INTEGER,
  bytes_billed INTEGER,
  cache_hit INTEGER CHECK (cache_hit IN (0, 1)),
  -- history outlives the cached rows: evicting a result only unlinks it
  result_id TEXT REFERENCES query_results (id) ON DELETE SET NULL,
  writer_pid INTEGER
) STRICT;

CREATE INDEX query_history_by_start ON query_history (started_at);
CREATE INDEX query_history_by_source ON query_history (source_id, started_at);
-- Deleting a result checks this foreign key; without the index that is a scan per deleted result.
CREATE INDEX query_history_by_result ON query_history (result_id);
CREATE INDEX query_history_running ON query_history (status) WHERE status = 'running';

CREATE TABLE saved_queries (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  name TEXT NOT NULL COLLATE NOCASE,
  sql TEXT NOT NULL,
  tags_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (source_id, name)
) STRICT;

CREATE TABLE chats (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX chats_by_update ON chats (updated_at);

CREATE TABLE chat_messages (
  id TEXT PRIMARY KEY,
  chat_id TEXT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  -- order within the chat; rowids are not stable across VACUUM for tables with a TEXT key
  seq INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
  content_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (chat_id, seq)
) STRICT;

CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  source_id TEXT NOT NULL,
  spec_json TEXT NOT NULL,
  tags_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX reports_by_update ON reports (updated_at);

CREATE TABLE report_versions (
  report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  -- the result the snapshot was taken from; the snapshot itself stays when that result is evicted
  result_id TEXT REFERENCES query_results (id) ON DELETE SET NULL,
  snapshot_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (report_id, version)
) STRICT;

CREATE INDEX report_versions_by_result ON report_versions (result_id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL
) STRICT;
