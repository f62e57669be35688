/**
 * A fake of BigQuery's REST API (v2) for tests, driven by the real @google-cloud/bigquery
 * client. Queries really run: GoogleSQL is translated to DuckDB SQL (fake-bigquery-sql.ts) and
 * executed in an in-memory DuckDB where each project is an attached catalog and each dataset a
 * schema. By default it holds a small, deterministic `bigquery-public-data.thelook_ecommerce`.
 *
 * Compose it with other fakes on one server: `handle(req, res, url)` answers BigQuery's routes
 * and returns false for anything else. `startFakeBigQueryServer` serves it alone.
 *
 * Behaviour follows the real service where Aisle depends on it: dry runs (bytes = the stored
 * size of the tables a query reads), jobs with client-made ids (409 on a repeat), getQueryResults
 * paging with `maxResults`/`pageToken` and `f/v` rows whose values are strings, `location`
 * checks ("Not found: Dataset p:d was not found in location EU"), `maximumBytesBilled` (at least
 * 10 MB billed per query), the query cache, jobs.cancel, and Google's error bodies.
 * `script` makes it misbehave on purpose: slow jobs, jobs that run until cancelled, failed jobs,
 * HTTP errors for the next N calls of a route.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DuckDBInstance, StatementType, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { RestField } from '../../src/main/bigquery/bigquery-values';
import { createFakeBigQueryAi, type FakeBigQueryAi } from './fake-bigquery-ai';
import { placeOf, translateSql, type Translation } from './fake-bigquery-sql';
import { THELOOK, THELOOK_TABLES, type FakeTableSeed } from './fake-bigquery-thelook';
import { columnName, fieldOf, toRestRows, valueBytes } from './fake-bigquery-values';

export type FakeBigQueryRoute =
  | 'projects.list'
  | 'datasets.list'
  | 'datasets.get'
  | 'datasets.insert'
  | 'tables.list'
  | 'tables.get'
  | 'jobs.insert'
  | 'jobs.get'
  | 'jobs.cancel'
  | 'jobs.query'
  | 'jobs.getQueryResults'
  /** A load job with its data (multipart upload), as `table.load(file)` sends it. */
  | 'jobs.upload';

export interface RecordedRequest {
  method: string;
  /** The path as sent (still percent-encoded). */
  path: string;
  route: FakeBigQueryRoute;
  /** Query-string parameters (`location`, `maxResults`, `pageToken`, `timeoutMs`, …). */
  query: Record<string, string>;
  /** The parsed JSON body, or null. */
  body: unknown;
  /** Whether `authorize` accepted the request's Authorization header (the header itself is not kept). */
  authorized: boolean;
}

export interface FakeDatasetSeed {
  projectId: string;
  datasetId: string;
  /** Default 'US'. */
  location?: string;
  tables?: FakeTableSeed[];
}

export interface FakeBigQueryOptions {
  /** Checks the Authorization header; false answers 401 as Google does. Default: any bearer token. */
  authorize?: (authorizationHeader: string | undefined) => boolean;
  /** What projects.list returns; default: every project holding a dataset, plus none else. */
  projects?: { id: string; name?: string }[];
  /** More datasets (with tables from DuckDB SELECTs). */
  datasets?: FakeDatasetSeed[];
  /** Seed `bigquery-public-data.thelook_ecommerce` (US); default true. */
  theLook?: boolean;
  /** Items per page of projects/datasets/tables lists; default 50. */
  listPageSize?: number;
}

/** An HTTP failure for upcoming calls of a route. */
export interface FakeHttpFailure {
  route?: FakeBigQueryRoute;
  /** For jobs.insert: only dry runs (true) or only real jobs (false). */
  dryRun?: boolean;
  /** Only requests this accepts. */
  match?: (request: RecordedRequest) => boolean;
  /** How many calls fail (default 1). */
  times?: number;
  /** Handle the request first, then answer with the error: a reply lost on the way (the job exists). */
  afterHandling?: boolean;
  status: number;
  reason: string;
  message?: string;
}

/** How jobs (not dry runs) whose SQL matches behave. */
export interface FakeQueryBehaviour {
  match: RegExp | string | ((sql: string) => boolean);
  /** How many jobs this applies to (default: all). */
  times?: number;
  /** getQueryResults answers `jobComplete: false` this many times before the job is done. */
  pendingPolls?: number;
  /** The job stays RUNNING until cancelled; then DONE with errorResult `stopped`. */
  runUntilCancelled?: boolean;
  /** jobs.get calls after a cancel that still show RUNNING (default 1). */
  cancelPolls?: number;
  /** Bytes the dry run and the job report instead of the tables' size. */
  totalBytesProcessed?: number;
  /** The job ends DONE with this errorResult. */
  jobError?: { reason: string; message?: string };
}

export interface FakeJobState {
  projectId: string;
  jobId: string;
  location: string;
  sql: string;
  configuration: Record<string, unknown>;
  state: 'PENDING' | 'RUNNING' | 'DONE';
  errorResult: { reason: string; message: string } | null;
  cacheHit: boolean;
  bytesProcessed: number;
  bytesBilled: number;
  statementType: string;
  cancelRequested: boolean;
  polls: number;
}

export interface FakeBigQuery {
  /** Answers the request when it is one of BigQuery's routes; false otherwise (nothing was read or sent). */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  readonly requests: RecordedRequest[];
  /** Requests of a route (optionally filtered). */
  count(route: FakeBigQueryRoute, match?: (request: RecordedRequest) => boolean): number;
  readonly jobs: ReadonlyMap<string, FakeJobState>;
  /** BigQuery's AI and ObjectRef functions, faked (fake-bigquery-ai.ts), and the signed-URL downloads. */
  readonly ai: FakeBigQueryAi;
  readonly script: {
    failRequests(failure: FakeHttpFailure): void;
    onQuery(behaviour: FakeQueryBehaviour): void;
    /** Forgets scripted behaviour, recorded requests, jobs and the query cache. */
    reset(): void;
  };
  close(): void;
}

const MIB = 1024 * 1024;
const MIN_BILLED = 10 * MIB;

class FakeHttpError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly location: string | undefined;

  constructor(status: number, reason: string, message: string, location?: string) {
    super(message);
    this.status = status;
    this.reason = reason;
    this.location = location;
  }
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

const DEFAULT_MESSAGES: Readonly<Record<string, string>> = {
  backendError: 'Error encountered during execution. Retrying may solve the problem.',
  internalError: 'An internal error occurred and the request could not be completed.',
  rateLimitExceeded:
    'Exceeded rate limits: too many api requests per user per method for this user_method. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas',
  quotaExceeded:
    'Quota exceeded: Your project exceeded quota for free query bytes scanned. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas',
  accessDenied:
    'Access Denied: Project {project}: User does not have bigquery.jobs.create permission in project {project}.',
  notFound: 'Not found: Dataset {project}:{dataset} was not found in location EU',
  stopped: 'Job execution was cancelled: User requested cancellation',
};

/** The HTTP status BigQuery answers getQueryResults with for a job that failed for `reason`. */
const statusForReason = (reason: string): number => {
  switch (reason) {
    case 'accessDenied':
    case 'quotaExceeded':
    case 'rateLimitExceeded':
    case 'responseTooLarge':
    case 'billingNotEnabled':
      return 403;
    case 'notFound':
      return 404;
    case 'duplicate':
      return 409;
    case 'backendError':
    case 'internalError':
      return 500;
    default:
      return 400;
  }
};

const errorBody = (status: number, reason: string, message: string, location?: string): object => ({
  error: {
    code: status,
    message,
    errors: [{ message, domain: 'global', reason, ...(location ? { location, locationType: 'other' } : {}) }],
    status: STATUS_TEXT[status] ?? 'UNKNOWN',
  },
});

const UNAUTHENTICATED_MESSAGE =
  'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';

const sendJson = (res: ServerResponse, status: number, body: object): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
};

const readRaw = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const parseJson = (raw: Buffer): unknown => {
  const text = raw.toString('utf8');
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FakeHttpError(400, 'parseError', 'Parse Error');
  }
};

/** The parts of a `multipart/related` body (the client's upload: JSON metadata, then the data). */
const multipartParts = (raw: Buffer, contentType: string | undefined): Buffer[] => {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType ?? '')?.[1];
  if (!boundary) throw new FakeHttpError(400, 'invalid', 'Expected a multipart/related upload.');
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = raw.subarray(start + delimiter.length, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    // Body: after the blank line, without the CRLF that precedes the next delimiter.
    if (headerEnd !== -1) parts.push(part.subarray(headerEnd + 4, part.length - 2));
    start = next;
  }
  return parts;
};

interface RouteMatch {
  route: FakeBigQueryRoute;
  projectId?: string;
  datasetId?: string;
  tableId?: string;
  jobId?: string;
}

const matchRoute = (method: string, pathname: string): RouteMatch | null => {
  const upload = /^\/upload\/bigquery\/v2\/projects\/([^/]+)\/jobs$/.exec(pathname);
  if (upload?.[1]) return method === 'POST' ? { route: 'jobs.upload', projectId: decodeURIComponent(upload[1]) } : null;
  const prefix = '/bigquery/v2/projects';
  if (!pathname.startsWith(prefix)) return null;
  const rest = pathname.slice(prefix.length);
  const parts = rest === '' || rest === '/' ? [] : rest.replace(/^\//, '').split('/').map(decodeURIComponent);
  const [projectId, collection, id, sub, subId, extra] = parts;
  if (parts.length === 0) return method === 'GET' ? { route: 'projects.list' } : null;
  if (!projectId) return null;
  if (collection === 'datasets') {
    if (id === undefined) {
      if (method === 'GET') return { route: 'datasets.list', projectId };
      if (method === 'POST') return { route: 'datasets.insert', projectId };
      return null;
    }
    if (sub === undefined) return method === 'GET' ? { route: 'datasets.get', projectId, datasetId: id } : null;
    if (sub !== 'tables' || method !== 'GET' || extra !== undefined) return null;
    return subId === undefined
      ? { route: 'tables.list', projectId, datasetId: id }
      : { route: 'tables.get', projectId, datasetId: id, tableId: subId };
  }
  if (collection === 'jobs') {
    if (id === undefined) return method === 'POST' ? { route: 'jobs.insert', projectId } : null;
    if (sub === undefined) return method === 'GET' ? { route: 'jobs.get', projectId, jobId: id } : null;
    if (sub === 'cancel' && method === 'POST' && subId === undefined)
      return { route: 'jobs.cancel', projectId, jobId: id };
    return null;
  }
  if (collection === 'queries') {
    if (id === undefined) return method === 'POST' ? { route: 'jobs.query', projectId } : null;
    if (sub === undefined && method === 'GET') return { route: 'jobs.getQueryResults', projectId, jobId: id };
  }
  return null;
};

const matches = (pattern: FakeQueryBehaviour['match'], sql: string): boolean => {
  if (typeof pattern === 'string') return sql.includes(pattern);
  if (pattern instanceof RegExp) return pattern.test(sql);
  return pattern(sql);
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const statementTypeName = (type: StatementType): string => {
  switch (type) {
    case StatementType.SELECT:
      return 'SELECT';
    case StatementType.INSERT:
      return 'INSERT';
    case StatementType.UPDATE:
      return 'UPDATE';
    case StatementType.DELETE:
      return 'DELETE';
    case StatementType.CREATE:
      return 'CREATE_TABLE';
    case StatementType.DROP:
      return 'DROP_TABLE';
    case StatementType.ALTER:
      return 'ALTER_TABLE';
    default:
      return 'SCRIPT';
  }
};

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

interface TableKey {
  projectId: string;
  datasetId: string;
  tableId: string;
}

interface DatasetState {
  projectId: string;
  datasetId: string;
  location: string;
}

interface JobResult {
  fields: RestField[];
  rows: DuckDBValue[][];
}

interface Job extends FakeJobState {
  result: JobResult | null;
  pendingPolls: number;
  runUntilCancelled: boolean;
  cancelPolls: number;
  scriptedError: { reason: string; message: string } | null;
  created: number;
}

/** The tables a SELECT reads, from DuckDB's own parse tree (json_serialize_sql). */
const referencedTables = (tree: unknown, into: { catalog: string; schema: string; table: string }[]): void => {
  if (Array.isArray(tree)) {
    for (const item of tree) referencedTables(item, into);
    return;
  }
  if (typeof tree !== 'object' || tree === null) return;
  const node = tree as Record<string, unknown>;
  if (node['type'] === 'BASE_TABLE' && typeof node['table_name'] === 'string') {
    into.push({
      catalog: str(node['catalog_name']) ?? '',
      schema: str(node['schema_name']) ?? '',
      table: node['table_name'],
    });
  }
  for (const value of Object.values(node)) referencedTables(value, into);
};

export const createFakeBigQuery = async (options: FakeBigQueryOptions = {}): Promise<FakeBigQuery> => {
  const instance = await DuckDBInstance.create(':memory:');
  const setup = await instance.connect();
  const datasets = new Map<string, DatasetState>();
  const requests: RecordedRequest[] = [];
  const jobs = new Map<string, Job>();
  const failures: (FakeHttpFailure & { left: number })[] = [];
  const behaviours: (FakeQueryBehaviour & { left: number })[] = [];
  const cache = new Set<string>();
  const tableBytes = new Map<string, number>();
  const catalogs = new Set<string>();
  const ai = createFakeBigQueryAi();
  const authorize = options.authorize ?? ((header) => header?.startsWith('Bearer ') === true);
  const listPageSize = options.listPageSize ?? 50;
  let jobCounter = 0;

  const datasetKey = (projectId: string, datasetId: string): string => `${projectId}:${datasetId}`;

  const ensureDataset = async (projectId: string, datasetId: string, location: string): Promise<void> => {
    if (!catalogs.has(projectId)) {
      await setup.run(`ATTACH ':memory:' AS ${quote(projectId)}`);
      catalogs.add(projectId);
    }
    if (!datasets.has(datasetKey(projectId, datasetId))) {
      await setup.run(`CREATE SCHEMA IF NOT EXISTS ${quote(projectId)}.${quote(datasetId)}`);
      datasets.set(datasetKey(projectId, datasetId), { projectId, datasetId, location });
    }
  };

  const seed = async (dataset: FakeDatasetSeed): Promise<void> => {
    await ensureDataset(dataset.projectId, dataset.datasetId, dataset.location ?? 'US');
    for (const table of dataset.tables ?? []) {
      await setup.run(
        `CREATE OR REPLACE TABLE ${quote(dataset.projectId)}.${quote(dataset.datasetId)}.${quote(table.tableId)} AS ${table.sql}`,
      );
    }
  };

  if (options.theLook !== false) {
    await seed({ ...THELOOK, tables: [...THELOOK_TABLES] });
  }
  for (const dataset of options.datasets ?? []) await seed(dataset);

  const tablesOf = async (projectId: string, datasetId: string): Promise<string[]> => {
    if (!catalogs.has(projectId)) return [];
    const reader = await setup.runAndReadAll(
      `SELECT table_name FROM duckdb_tables() WHERE database_name = $catalog AND schema_name = $schema ORDER BY table_name`,
      { catalog: projectId, schema: datasetId },
    );
    return reader.getRows().map((row) => String(row[0]));
  };

  const tableExists = async (key: TableKey): Promise<boolean> =>
    (await tablesOf(key.projectId, key.datasetId)).includes(key.tableId);

  const tableStats = async (key: TableKey): Promise<{ fields: RestField[]; numRows: number; numBytes: number }> => {
    const reader = await setup.runAndReadAll(
      `SELECT * FROM ${quote(key.projectId)}.${quote(key.datasetId)}.${quote(key.tableId)}`,
    );
    const names = reader.columnNames();
    const fields = reader.columnTypes().map((type, index) => fieldOf(names[index] ?? `f${index}_`, type));
    const rows = reader.getRows();
    const cacheKey = `${key.projectId}:${key.datasetId}.${key.tableId}`;
    let numBytes = tableBytes.get(cacheKey);
    if (numBytes === undefined) {
      numBytes = rows.reduce<number>(
        (sum, row) => sum + row.reduce<number>((inner, value) => inner + valueBytes(value), 0),
        0,
      );
      tableBytes.set(cacheKey, numBytes);
    }
    return { fields, numRows: rows.length, numBytes };
  };

  const connectFor = async (
    defaultDataset: { projectId?: string; datasetId?: string } | null,
  ): Promise<DuckDBConnection> => {
    const connection = await instance.connect();
    await connection.run('CREATE TEMP MACRO safe_divide(a, b) AS CASE WHEN b = 0 THEN NULL ELSE a / b END');
    if (
      defaultDataset?.projectId &&
      defaultDataset.datasetId &&
      datasets.has(datasetKey(defaultDataset.projectId, defaultDataset.datasetId))
    ) {
      await connection.run(`USE ${quote(defaultDataset.projectId)}.${quote(defaultDataset.datasetId)}`);
    }
    return connection;
  };

  interface QueryInput {
    sql: string;
    defaultDataset: { projectId?: string; datasetId?: string } | null;
    params: Record<string, DuckDBValue>;
    location: string | undefined;
  }

  /** A DuckDB error as BigQuery's: invalidQuery with `at [line:col]`, or notFound for a missing table. */
  const bigQueryError = (
    error: unknown,
    input: QueryInput,
    translation: Translation,
    location: string,
  ): FakeHttpError => {
    const raw = error instanceof Error ? error.message : String(error);
    const message = raw.replace(/^Failed to (extract statements|prepare statement|execute prepared statement): /, '');
    const place = placeOf(message, translation, input.sql);
    const at = place ? ` at ${place}` : '';
    const firstLine = (message.split('\n')[0] ?? message).trim();
    const missingTable = /Table with name (\S+) does not exist/.exec(firstLine);
    if (missingTable?.[1]) {
      const project = input.defaultDataset?.projectId ?? '?';
      const dataset = input.defaultDataset?.datasetId ?? '?';
      return new FakeHttpError(
        404,
        'notFound',
        `Not found: Table ${project}:${dataset}.${missingTable[1]} was not found in location ${location}`,
      );
    }
    const column = /Referenced column "?([^"\s]+)"? not found/.exec(firstLine);
    if (column?.[1]) return new FakeHttpError(400, 'invalidQuery', `Unrecognized name: ${column[1]}${at}`, 'q');
    const fn = /(?:Scalar|Aggregate|Table) Function with name (\S+) does not exist/.exec(firstLine);
    if (fn?.[1]) return new FakeHttpError(400, 'invalidQuery', `Function not found: ${fn[1]}${at}`, 'q');
    const syntax = /^Parser Error: (.*)$/.exec(firstLine);
    if (syntax?.[1]) return new FakeHttpError(400, 'invalidQuery', `Syntax error: ${syntax[1]}${at}`, 'q');
    return new FakeHttpError(400, 'invalidQuery', `${firstLine.replace(/^[A-Za-z ]+ Error: /, '')}${at}`, 'q');
  };

  /** Parses, resolves names and checks datasets and location: everything a dry run does. */
  const plan = async (
    input: QueryInput,
  ): Promise<{ translation: Translation; tables: TableKey[]; location: string; statementType: string }> => {
    const translation = translateSql(ai.rewrite(input.sql));
    const defaultProject = input.defaultDataset?.projectId;
    const defaultDatasetId = input.defaultDataset?.datasetId;
    const names: { catalog: string; schema: string; table: string }[] = [];
    // json_serialize_sql wants a constant, not a parameter.
    const serialized = await setup.runAndReadAll(
      `SELECT json_serialize_sql('${translation.sql.replaceAll("'", "''")}')`,
    );
    const tree = JSON.parse(String(serialized.getRows()[0]?.[0] ?? '{}')) as unknown;
    referencedTables(tree, names);
    const cteNames = new Set<string>();
    JSON.stringify(tree, (key, value: unknown) => {
      if (key === 'map' && Array.isArray(value)) {
        for (const entry of value) {
          const name = str(record(entry)['key']);
          if (name) cteNames.add(name);
        }
      }
      return value;
    });
    const tables: TableKey[] = [];
    const touched = new Map<string, DatasetState | null>();
    for (const name of names) {
      if (name.catalog === '' && name.schema === '' && cteNames.has(name.table)) continue;
      const projectId = name.catalog || defaultProject;
      const datasetId = name.schema || defaultDatasetId;
      if (!projectId || !datasetId) {
        throw new FakeHttpError(
          400,
          'invalidQuery',
          `Table "${name.table}" must be qualified with a dataset (e.g. dataset.table).`,
          'q',
        );
      }
      touched.set(datasetKey(projectId, datasetId), datasets.get(datasetKey(projectId, datasetId)) ?? null);
      tables.push({ projectId, datasetId, tableId: name.table });
    }
    if (defaultProject && defaultDatasetId) {
      const key = datasetKey(defaultProject, defaultDatasetId);
      if (!touched.has(key) && tables.length === 0) touched.set(key, datasets.get(key) ?? null);
    }
    const location = input.location ?? [...touched.values()].find((dataset) => dataset !== null)?.location ?? 'US';
    for (const [key, dataset] of touched) {
      if (!dataset || dataset.location.toLowerCase() !== location.toLowerCase()) {
        throw new FakeHttpError(404, 'notFound', `Not found: Dataset ${key} was not found in location ${location}`);
      }
    }
    let statementType: string;
    const connection = await connectFor(input.defaultDataset);
    try {
      const prepared = await connection.prepare(translation.sql);
      statementType = statementTypeName(prepared.statementType);
    } catch (error) {
      throw bigQueryError(error, input, translation, location);
    } finally {
      connection.closeSync();
    }
    const existing: TableKey[] = [];
    for (const table of tables) if (await tableExists(table)) existing.push(table);
    return { translation, tables: existing, location, statementType };
  };

  const bytesOf = async (tables: TableKey[]): Promise<number> => {
    let total = 0;
    const seen = new Set<string>();
    for (const table of tables) {
      const key = `${table.projectId}:${table.datasetId}.${table.tableId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total += (await tableStats(table)).numBytes;
    }
    return total;
  };

  const execute = async (input: QueryInput, translation: Translation, location: string): Promise<JobResult> => {
    const connection = await connectFor(input.defaultDataset);
    try {
      const reader = await connection.runAndReadAll(translation.sql, input.params);
      const names = reader.columnNames();
      const fields = reader.columnTypes().map((type, index) => fieldOf(columnName(names[index] ?? '', index), type));
      const result = { fields, rows: reader.getRows() };
      if (!/^\s*(SELECT|WITH)\b/i.test(translation.sql)) tableBytes.clear();
      return result;
    } catch (error) {
      throw bigQueryError(error, input, translation, location);
    } finally {
      connection.closeSync();
    }
  };

  const paramsOf = (query: Record<string, unknown>): Record<string, DuckDBValue> => {
    const params: Record<string, DuckDBValue> = {};
    const list = Array.isArray(query['queryParameters']) ? (query['queryParameters'] as unknown[]) : [];
    for (const entry of list) {
      const parameter = record(entry);
      const name = str(parameter['name']);
      if (!name) continue;
      const type = str(record(parameter['parameterType'])['type']) ?? 'STRING';
      const value = str(record(parameter['parameterValue'])['value']);
      if (value === undefined) params[name] = null;
      else if (type === 'INT64') params[name] = BigInt(value);
      else if (type === 'FLOAT64' || type === 'NUMERIC') params[name] = Number(value);
      else if (type === 'BOOL') params[name] = value === 'true';
      else params[name] = value;
    }
    return params;
  };

  const behaviourFor = (sql: string): (FakeQueryBehaviour & { left: number }) | null => {
    const found = behaviours.find((behaviour) => behaviour.left > 0 && matches(behaviour.match, sql));
    if (found) found.left -= 1;
    return found ?? null;
  };

  const billedFor = (bytes: number): number => (bytes === 0 ? 0 : Math.max(MIN_BILLED, Math.ceil(bytes / MIB) * MIB));

  const jobResource = (job: Job): object => {
    const done = job.state === 'DONE';
    return {
      kind: 'bigquery#job',
      etag: `"${job.jobId}"`,
      id: `${job.projectId}:${job.location}.${job.jobId}`,
      selfLink: `https://bigquery.googleapis.com/bigquery/v2/projects/${job.projectId}/jobs/${job.jobId}?location=${job.location}`,
      user_email: 'merchandiser@example.com',
      jobReference: { projectId: job.projectId, jobId: job.jobId, location: job.location },
      configuration: { ...job.configuration, jobType: job.statementType === 'LOAD' ? 'LOAD' : 'QUERY' },
      status: {
        state: job.state,
        ...(job.errorResult ? { errorResult: job.errorResult, errors: [job.errorResult] } : {}),
      },
      statistics: {
        creationTime: String(job.created),
        startTime: String(job.created + 5),
        ...(done ? { endTime: String(job.created + 50) } : {}),
        totalBytesProcessed: String(job.bytesProcessed),
        totalSlotMs: String(done ? 3000 + job.polls * 1500 : job.polls * 1500),
        query: {
          totalBytesProcessed: String(job.bytesProcessed),
          ...(done && !job.errorResult ? { totalBytesBilled: String(job.bytesBilled), cacheHit: job.cacheHit } : {}),
          statementType: job.statementType,
          totalSlotMs: String(done ? 3000 + job.polls * 1500 : job.polls * 1500),
        },
      },
    };
  };

  const jobKey = (projectId: string, jobId: string): string => `${projectId}:${jobId}`;

  const findJob = (projectId: string, jobId: string, location: string | undefined): Job => {
    const job = jobs.get(jobKey(projectId, jobId));
    if (!job || (location !== undefined && job.location.toLowerCase() !== location.toLowerCase())) {
      throw new FakeHttpError(404, 'notFound', `Not found: Job ${projectId}:${location ?? 'US'}.${jobId}`);
    }
    return job;
  };

  /** A poll moves a scripted job along: its pending polls count down; a cancel lands after cancelPolls. */
  const advance = (job: Job): void => {
    if (job.state === 'DONE') return;
    job.polls += 1;
    if (job.cancelRequested) {
      if (job.cancelPolls > 0) {
        job.cancelPolls -= 1;
        return;
      }
      job.state = 'DONE';
      job.errorResult = { reason: 'stopped', message: DEFAULT_MESSAGES['stopped'] ?? 'stopped' };
      return;
    }
    if (job.runUntilCancelled) return;
    if (job.pendingPolls > 0) return;
    finish(job);
  };

  const finish = (job: Job): void => {
    job.state = 'DONE';
    if (job.scriptedError) {
      job.errorResult = job.scriptedError;
      return;
    }
    if (job.result) cache.add(cacheKeyOf(job));
  };

  const cacheKeyOf = (job: Pick<Job, 'sql' | 'configuration'>): string => {
    const query = record(job.configuration['query']);
    return JSON.stringify([job.sql, query['defaultDataset'] ?? null, query['queryParameters'] ?? null]);
  };

  /** jobs.insert (and the job behind jobs.query). */
  const insertJob = async (projectId: string, body: Record<string, unknown>): Promise<object> => {
    const configuration = record(body['configuration']);
    const query = record(configuration['query']);
    const reference = record(body['jobReference']);
    const sql = str(query['query']);
    if (!sql) throw new FakeHttpError(400, 'invalid', 'Required parameter is missing: query');
    if (query['useLegacySql'] !== false) {
      // The client sends useLegacySql: false; the real default (true) would read SQL differently.
      throw new FakeHttpError(400, 'invalid', 'The fake only speaks GoogleSQL: set useLegacySql to false.');
    }
    const defaultDataset = Object.keys(record(query['defaultDataset'])).length
      ? (record(query['defaultDataset']) as { projectId?: string; datasetId?: string })
      : null;
    const input: QueryInput = { sql, defaultDataset, params: paramsOf(query), location: str(reference['location']) };
    const dryRun = configuration['dryRun'] === true;
    const behaviour = dryRun
      ? (behaviours.find((b) => b.left > 0 && matches(b.match, sql)) ?? null)
      : behaviourFor(sql);
    const planned = await plan(input);
    const tablesBytes = behaviour?.totalBytesProcessed ?? (await bytesOf(planned.tables));
    if (dryRun) {
      return {
        kind: 'bigquery#job',
        jobReference: { projectId, location: planned.location },
        configuration: { ...configuration, jobType: 'QUERY' },
        status: { state: 'DONE' },
        statistics: {
          creationTime: String(Date.now()),
          totalBytesProcessed: String(tablesBytes),
          query: {
            totalBytesProcessed: String(tablesBytes),
            totalBytesProcessedAccuracy: 'PRECISE',
            statementType: planned.statementType,
            referencedTables: planned.tables.map((table) => ({ ...table })),
          },
        },
      };
    }
    const jobId = str(reference['jobId']) ?? `job_${(jobCounter += 1)}`;
    if (jobs.has(jobKey(projectId, jobId))) {
      throw new FakeHttpError(409, 'duplicate', `Already Exists: Job ${projectId}:${planned.location}.${jobId}`);
    }
    const cacheHit = query['useQueryCache'] !== false && cache.has(cacheKeyOf({ sql, configuration }));
    const bytesProcessed = cacheHit ? 0 : tablesBytes;
    const job: Job = {
      projectId,
      jobId,
      location: planned.location,
      sql,
      configuration,
      state: 'RUNNING',
      errorResult: null,
      cacheHit,
      bytesProcessed,
      bytesBilled: cacheHit ? 0 : billedFor(bytesProcessed),
      statementType: planned.statementType,
      cancelRequested: false,
      polls: 0,
      result: null,
      pendingPolls: behaviour?.pendingPolls ?? 0,
      runUntilCancelled: behaviour?.runUntilCancelled ?? false,
      cancelPolls: behaviour?.cancelPolls ?? 1,
      scriptedError: behaviour?.jobError
        ? {
            reason: behaviour.jobError.reason,
            message:
              behaviour.jobError.message ?? DEFAULT_MESSAGES[behaviour.jobError.reason] ?? behaviour.jobError.reason,
          }
        : null,
      created: Date.now(),
    };
    jobs.set(jobKey(projectId, jobId), job);
    const limit = str(query['maximumBytesBilled']);
    if (!job.scriptedError && limit !== undefined && job.bytesBilled > Number(limit)) {
      job.scriptedError = {
        reason: 'bytesBilledLimitExceeded',
        message: `Query exceeded limit for bytes billed: ${limit}. ${job.bytesBilled} or higher required.`,
      };
    }
    if (!job.scriptedError && !job.runUntilCancelled) {
      try {
        job.result = await execute(input, planned.translation, planned.location);
      } catch (error) {
        if (!(error instanceof FakeHttpError)) throw error;
        job.scriptedError = { reason: error.reason, message: error.message };
      }
    }
    if (job.pendingPolls === 0 && !job.runUntilCancelled) finish(job);
    return jobResource(job);
  };

  /** A load job from an upload: Parquet (or newline-delimited JSON / CSV) into a table, at once. */
  const loadJob = async (projectId: string, body: Record<string, unknown>, data: Buffer): Promise<object> => {
    const configuration = record(body['configuration']);
    const load = record(configuration['load']);
    const destination = record(load['destinationTable']);
    const reference = record(body['jobReference']);
    const datasetId = str(destination['datasetId']) ?? '';
    const tableId = str(destination['tableId']) ?? '';
    const tableProject = str(destination['projectId']) ?? projectId;
    const dataset = requireDataset(tableProject, datasetId);
    const location = str(reference['location']) ?? dataset.location;
    if (location.toLowerCase() !== dataset.location.toLowerCase()) {
      throw new FakeHttpError(
        404,
        'notFound',
        `Not found: Dataset ${tableProject}:${datasetId} was not found in location ${location}`,
      );
    }
    const jobId = str(reference['jobId']) ?? `job_${(jobCounter += 1)}`;
    if (jobs.has(jobKey(projectId, jobId))) {
      throw new FakeHttpError(409, 'duplicate', `Already Exists: Job ${projectId}:${location}.${jobId}`);
    }
    const format = str(load['sourceFormat']) ?? 'CSV';
    const reader =
      format === 'PARQUET' ? 'read_parquet' : format === 'NEWLINE_DELIMITED_JSON' ? 'read_json_auto' : 'read_csv_auto';
    const folder = mkdtempSync(join(tmpdir(), 'fake-bigquery-upload-'));
    const file = join(folder, 'data');
    writeFileSync(file, data);
    const target = `${quote(tableProject)}.${quote(datasetId)}.${quote(tableId)}`;
    const source = `SELECT * FROM ${reader}('${file.replaceAll("'", "''")}')`;
    let errorResult: { reason: string; message: string } | null = null;
    try {
      if (
        str(load['writeDisposition']) === 'WRITE_APPEND' &&
        (await tableExists({ projectId: tableProject, datasetId, tableId }))
      ) {
        await setup.run(`INSERT INTO ${target} ${source}`);
      } else {
        await setup.run(`CREATE OR REPLACE TABLE ${target} AS ${source}`);
      }
      tableBytes.clear();
    } catch (error) {
      errorResult = {
        reason: 'invalid',
        message: `Error while reading data: ${error instanceof Error ? error.message : String(error)}`,
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const job: Job = {
      projectId,
      jobId,
      location,
      sql: '',
      configuration,
      state: 'DONE',
      errorResult,
      cacheHit: false,
      bytesProcessed: 0,
      bytesBilled: 0,
      statementType: 'LOAD',
      cancelRequested: false,
      polls: 0,
      result: null,
      pendingPolls: 0,
      runUntilCancelled: false,
      cancelPolls: 0,
      scriptedError: null,
      created: Date.now(),
    };
    jobs.set(jobKey(projectId, jobId), job);
    return jobResource(job);
  };

  const encodeToken = (jobId: string, offset: number): string =>
    Buffer.from(`${jobId}:${offset}`).toString('base64url');
  const decodeToken = (jobId: string, token: string): number => {
    const [owner, offset] = Buffer.from(token, 'base64url').toString('utf8').split(':');
    if (owner !== jobId || offset === undefined || !/^\d+$/.test(offset)) {
      throw new FakeHttpError(400, 'invalid', 'Invalid page token.');
    }
    return Number(offset);
  };

  /** The getQueryResults answer for a job: not complete yet, its error, or a page of rows. */
  const resultsOf = (job: Job, params: URLSearchParams): object => {
    const reference = { projectId: job.projectId, jobId: job.jobId, location: job.location };
    if (job.state !== 'DONE') {
      if (job.pendingPolls > 0) {
        job.pendingPolls -= 1;
        job.polls += 1;
      } else {
        advance(job);
      }
      // advance() may have finished the job (TypeScript cannot see the mutation).
      if ((job.state as FakeJobState['state']) !== 'DONE') {
        return { kind: 'bigquery#getQueryResultsResponse', jobReference: reference, jobComplete: false };
      }
    }
    if (job.errorResult) {
      throw new FakeHttpError(statusForReason(job.errorResult.reason), job.errorResult.reason, job.errorResult.message);
    }
    const result = job.result ?? { fields: [], rows: [] };
    const pageToken = params.get('pageToken');
    const start = pageToken ? decodeToken(job.jobId, pageToken) : Number(params.get('startIndex') ?? '0');
    const maxResults = params.has('maxResults') ? Number(params.get('maxResults')) : result.rows.length;
    const end = Math.min(result.rows.length, start + Math.max(0, maxResults));
    const rows = toRestRows(result.fields, result.rows.slice(start, end), {
      int64Timestamps: params.get('formatOptions.useInt64Timestamp') === 'true',
    });
    return {
      kind: 'bigquery#getQueryResultsResponse',
      etag: `"${job.jobId}:${start}"`,
      jobReference: reference,
      jobComplete: true,
      ...(result.fields.length > 0 ? { schema: { fields: result.fields } } : {}),
      totalRows: String(result.rows.length),
      ...(rows.length > 0 ? { rows } : {}),
      ...(end < result.rows.length ? { pageToken: encodeToken(job.jobId, end) } : {}),
      totalBytesProcessed: String(job.bytesProcessed),
      cacheHit: job.cacheHit,
    };
  };

  const page = <T>(items: T[], params: URLSearchParams): { items: T[]; nextPageToken?: string } => {
    const start = Number(params.get('pageToken') ?? '0');
    const size = Math.min(listPageSize, Number(params.get('maxResults') ?? listPageSize));
    const end = Math.min(items.length, start + size);
    return { items: items.slice(start, end), ...(end < items.length ? { nextPageToken: String(end) } : {}) };
  };

  const requireDataset = (projectId: string, datasetId: string): DatasetState => {
    const dataset = datasets.get(datasetKey(projectId, datasetId));
    if (!dataset) throw new FakeHttpError(404, 'notFound', `Not found: Dataset ${projectId}:${datasetId}`);
    return dataset;
  };

  const answer = async (
    match: RouteMatch,
    params: URLSearchParams,
    body: unknown,
    upload: Buffer | null,
  ): Promise<object> => {
    const projectId = match.projectId ?? '';
    switch (match.route) {
      case 'projects.list': {
        const projects =
          options.projects ??
          [...new Set([...datasets.values()].map((dataset) => dataset.projectId))].map((id) => ({ id }));
        const { items, nextPageToken } = page(projects, params);
        return {
          kind: 'bigquery#projectList',
          etag: '"projects"',
          projects: items.map((project, index) => ({
            kind: 'bigquery#project',
            id: project.id,
            numericId: String(100000 + index),
            projectReference: { projectId: project.id },
            friendlyName: 'name' in project && project.name ? project.name : project.id,
          })),
          totalItems: projects.length,
          ...(nextPageToken ? { nextPageToken } : {}),
        };
      }
      case 'datasets.list': {
        const all = [...datasets.values()]
          .filter((dataset) => dataset.projectId === projectId)
          .sort((a, b) => a.datasetId.localeCompare(b.datasetId));
        const { items, nextPageToken } = page(all, params);
        return {
          kind: 'bigquery#datasetList',
          etag: '"datasets"',
          ...(items.length > 0
            ? {
                datasets: items.map((dataset) => ({
                  kind: 'bigquery#dataset',
                  id: `${dataset.projectId}:${dataset.datasetId}`,
                  datasetReference: { projectId: dataset.projectId, datasetId: dataset.datasetId },
                  location: dataset.location,
                })),
              }
            : {}),
          ...(nextPageToken ? { nextPageToken } : {}),
        };
      }
      case 'datasets.get': {
        const dataset = requireDataset(projectId, match.datasetId ?? '');
        return {
          kind: 'bigquery#dataset',
          id: `${dataset.projectId}:${dataset.datasetId}`,
          datasetReference: { projectId: dataset.projectId, datasetId: dataset.datasetId },
          location: dataset.location,
          creationTime: '1700000000000',
          lastModifiedTime: '1700000000000',
        };
      }
      case 'datasets.insert': {
        const resource = record(body);
        const datasetId = str(record(resource['datasetReference'])['datasetId']);
        if (!datasetId) throw new FakeHttpError(400, 'invalid', 'Required parameter is missing: datasetId');
        if (datasets.has(datasetKey(projectId, datasetId))) {
          throw new FakeHttpError(409, 'duplicate', `Already Exists: Dataset ${projectId}:${datasetId}`);
        }
        const location = str(resource['location']) ?? 'US';
        await ensureDataset(projectId, datasetId, location);
        return {
          kind: 'bigquery#dataset',
          id: `${projectId}:${datasetId}`,
          datasetReference: { projectId, datasetId },
          location,
        };
      }
      case 'tables.list': {
        requireDataset(projectId, match.datasetId ?? '');
        const names = await tablesOf(projectId, match.datasetId ?? '');
        const { items, nextPageToken } = page(names, params);
        return {
          kind: 'bigquery#tableList',
          etag: '"tables"',
          ...(items.length > 0
            ? {
                tables: items.map((tableId) => ({
                  kind: 'bigquery#table',
                  id: `${projectId}:${match.datasetId ?? ''}.${tableId}`,
                  tableReference: { projectId, datasetId: match.datasetId, tableId },
                  type: 'TABLE',
                })),
              }
            : {}),
          totalItems: names.length,
          ...(nextPageToken ? { nextPageToken } : {}),
        };
      }
      case 'tables.get': {
        const dataset = requireDataset(projectId, match.datasetId ?? '');
        const key = { projectId, datasetId: dataset.datasetId, tableId: match.tableId ?? '' };
        if (!(await tableExists(key))) {
          throw new FakeHttpError(404, 'notFound', `Not found: Table ${projectId}:${dataset.datasetId}.${key.tableId}`);
        }
        const stats = await tableStats(key);
        return {
          kind: 'bigquery#table',
          id: `${projectId}:${dataset.datasetId}.${key.tableId}`,
          tableReference: key,
          schema: { fields: stats.fields },
          numRows: String(stats.numRows),
          numBytes: String(stats.numBytes),
          type: 'TABLE',
          location: dataset.location,
        };
      }
      case 'jobs.insert':
        return insertJob(projectId, record(body));
      case 'jobs.get': {
        const job = findJob(projectId, match.jobId ?? '', params.get('location') ?? undefined);
        advance(job);
        return jobResource(job);
      }
      case 'jobs.cancel': {
        const job = findJob(projectId, match.jobId ?? '', params.get('location') ?? undefined);
        if (job.state !== 'DONE') job.cancelRequested = true;
        return { kind: 'bigquery#jobCancelResponse', job: jobResource(job) };
      }
      case 'jobs.getQueryResults':
        return resultsOf(findJob(projectId, match.jobId ?? '', params.get('location') ?? undefined), params);
      case 'jobs.upload':
        return loadJob(projectId, record(body), upload ?? Buffer.alloc(0));
      case 'jobs.query': {
        const request = record(body);
        const { maxResults, location, dryRun, labels, formatOptions, ...rest } = request;
        // What is left is the query configuration, less the fields only jobs.query knows.
        const query = Object.fromEntries(
          Object.entries(rest).filter(([key]) => !['timeoutMs', 'requestId', 'jobCreationMode'].includes(key)),
        );
        const inserted = record(
          await insertJob(projectId, {
            jobReference: { projectId, ...(typeof location === 'string' ? { location } : {}) },
            configuration: { query, ...(dryRun === true ? { dryRun: true } : {}), ...(labels ? { labels } : {}) },
          }),
        );
        if (dryRun === true) return inserted;
        const reference = record(inserted['jobReference']);
        const job = findJob(projectId, str(reference['jobId']) ?? '', undefined);
        const resultParams = new URLSearchParams();
        if (typeof maxResults === 'number') resultParams.set('maxResults', String(maxResults));
        if (record(formatOptions)['useInt64Timestamp'] === true)
          resultParams.set('formatOptions.useInt64Timestamp', 'true');
        return { ...resultsOf(job, resultParams), kind: 'bigquery#queryResponse' };
      }
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (ai.handle(req, res, url)) return true;
    const method = req.method ?? 'GET';
    const match = matchRoute(method, url.pathname);
    if (!match) return false;
    let body: unknown;
    let upload: Buffer | null = null;
    try {
      const raw = await readRaw(req);
      if (match.route === 'jobs.upload') {
        const [metadata, data] = multipartParts(raw, req.headers['content-type']);
        body = parseJson(metadata ?? Buffer.alloc(0));
        upload = data ?? Buffer.alloc(0);
      } else {
        body = parseJson(raw);
      }
    } catch (error) {
      const failure = error as FakeHttpError;
      sendJson(res, failure.status, errorBody(failure.status, failure.reason, failure.message));
      return true;
    }
    const query = Object.fromEntries(url.searchParams.entries());
    const authorized = authorize(req.headers.authorization);
    const recorded: RecordedRequest = { method, path: url.pathname, route: match.route, query, body, authorized };
    requests.push(recorded);
    if (!authorized) {
      sendJson(res, 401, {
        error: {
          code: 401,
          message: UNAUTHENTICATED_MESSAGE,
          errors: [
            {
              message: 'Invalid Credentials',
              domain: 'global',
              reason: 'authError',
              location: 'Authorization',
              locationType: 'header',
            },
          ],
          status: 'UNAUTHENTICATED',
        },
      });
      return true;
    }
    const isDryRun = match.route === 'jobs.insert' && record(record(body)['configuration'])['dryRun'] === true;
    const failure = failures.find(
      (candidate) =>
        candidate.left > 0 &&
        (candidate.route === undefined || candidate.route === match.route) &&
        (candidate.dryRun === undefined || (match.route === 'jobs.insert' && candidate.dryRun === isDryRun)) &&
        (candidate.match === undefined || candidate.match(recorded)),
    );
    if (failure) {
      failure.left -= 1;
      if (failure.afterHandling === true) await answer(match, url.searchParams, body, upload).catch(() => undefined);
      const message = (failure.message ?? DEFAULT_MESSAGES[failure.reason] ?? failure.reason)
        .replaceAll('{project}', match.projectId ?? '')
        .replaceAll(
          '{dataset}',
          match.datasetId ??
            str(record(record(record(record(body)['configuration'])['query'])['defaultDataset'])['datasetId']) ??
            'dataset',
        );
      sendJson(res, failure.status, errorBody(failure.status, failure.reason, message));
      return true;
    }
    try {
      sendJson(res, 200, await answer(match, url.searchParams, body, upload));
    } catch (error) {
      if (error instanceof FakeHttpError) {
        sendJson(res, error.status, errorBody(error.status, error.reason, error.message, error.location));
      } else {
        const message = error instanceof Error ? error.message : String(error);
        sendJson(res, 500, errorBody(500, 'internalError', `Fake BigQuery failed: ${message}`));
      }
    }
    return true;
  };

  return {
    handle,
    requests,
    count: (route, match) => requests.filter((request) => request.route === route && (match?.(request) ?? true)).length,
    jobs,
    ai,
    script: {
      failRequests: (failure) => failures.push({ ...failure, left: failure.times ?? 1 }),
      onQuery: (behaviour) => behaviours.push({ ...behaviour, left: behaviour.times ?? Number.POSITIVE_INFINITY }),
      reset: () => {
        failures.length = 0;
        behaviours.length = 0;
        requests.length = 0;
        jobs.clear();
        cache.clear();
        ai.reset();
      },
    },
    close: () => {
      setup.closeSync();
      instance.closeSync();
    },
  };
};

export interface FakeBigQueryServer {
  /** Base URL for `apiEndpoint` / AISLE_BIGQUERY_API_ENDPOINT, e.g. `http://127.0.0.1:40123`. */
  url: string;
  fake: FakeBigQuery;
  close(): Promise<void>;
}

/** The fake alone on 127.0.0.1 (a free port); anything else answers 404. */
export const startFakeBigQueryServer = async (options: FakeBigQueryOptions = {}): Promise<FakeBigQueryServer> => {
  const fake = await createFakeBigQuery(options);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    fake.handle(req, res, url).then(
      (handled) => {
        if (!handled)
          sendJson(res, 404, errorBody(404, 'notFound', `No such route: ${req.method ?? ''} ${url.pathname}`));
      },
      (error: unknown) => {
        sendJson(res, 500, errorBody(500, 'internalError', error instanceof Error ? error.message : String(error)));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.ai.baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}`,
    fake,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fake.close();
    },
  };
};
