/**
 * BigQuery's AI and ObjectRef functions for the fake BigQuery. BigQuery cannot call Gemini here,
 * so before the GoogleSQL -> DuckDB translation (fake-bigquery-sql.ts) the calls are rewritten
 * into deterministic DuckDB expressions that return what the real functions return, in shape:
 *
 * - `AI.GENERATE_DOUBLE(prompt, …)` -> `{result, full_response, status}`; the result is a keyword
 *   score of the prompt's data parts (the non-literal ones), on the scale the prompt's text asks
 *   for ("from 1 to 5"), else 0..1. `AI.SCORE(prompt, …)` -> the same score on 0..10.
 * - `AI.GENERATE(prompt, …)` -> `{result, full_response, status}`; with `output_schema => '…'`, a
 *   struct with those fields (STRING fields named garment/colour/pattern pick a word of the data,
 *   FLOAT64 fields the -1..1 score, `ARRAY<STRUCT<aspect …>>` one element per review aspect found).
 * - `OBJ.MAKE_REF(uri, authorizer)` -> `{uri, version, authorizer, details}`.
 * - `OBJ.GET_ACCESS_URL(ref, mode)` -> JSON `{objectref, access_urls: {read_url, expiry_time}}`
 *   whose read_url points at this fake (`<baseUrl>/signed/<bucket>/<object>?…X-Goog-Signature=…`),
 *   which serves a small PNG for it (`handle`), so tests can download it.
 * - `CREATE MODEL … REMOTE WITH CONNECTION … OPTIONS (ENDPOINT = '…')` -> a one-row table
 *   `__model__<name>` in the model's dataset, so a model that was never created is "not found".
 * - `AI.GENERATE_EMBEDDING(MODEL m, source)` -> the source's rows plus `embedding` (8 keyword
 *   counts), `status` and `statistics`.
 * - `VECTOR_SEARCH(TABLE t, 'column', (query), query_column_to_search => …, top_k => …,
 *   distance_type => …)` -> `query`, `base`, `distance` rows, nearest first (one query row).
 * - `JSON_VALUE(json, path)` -> `json_extract_string` (DuckDB's json_value keeps the quotes).
 * - `AI.FORECAST`, `ML.FORECAST`, `CREATE MODEL … ARIMA_PLUS` and `DROP MODEL`: fake-bigquery-forecast.ts.
 *
 * Everything here is a test double: deterministic, small and honest about shapes, not a model.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createFakeBigQueryForecast, type FakeBigQueryForecast } from './fake-bigquery-forecast';

export interface FakeObject {
  contentType: string;
  body: Buffer;
}

export interface FakeBigQueryAi {
  /** Where signed URLs point (the fake server's own URL; set by startFakeBigQueryServer). */
  baseUrl: string;
  /** `<bucket>/<object>` of every signed-URL download served, in order. */
  readonly objectFetches: string[];
  /** Objects the signed URLs serve, by `<bucket>/<object>`; anything else ending in an image suffix gets a tiny PNG. */
  readonly objects: Map<string, FakeObject>;
  /** AI.FORECAST, ML.FORECAST and the ARIMA_PLUS models (fake-bigquery-forecast.ts). */
  readonly forecast: FakeBigQueryForecast;
  /** The GoogleSQL with the AI/OBJ functions replaced by DuckDB expressions (unchanged when it has none). */
  rewrite(sql: string): string;
  /** Serves `GET /signed/…`; false for any other request. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean;
  reset(): void;
}

/** A 1x1 transparent PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** The aspects of the local analyser, with the words the fake takes as a mention. */
const ASPECT_WORDS: readonly (readonly [string, string])[] = [
  ['fit', 'fit|fits|fitted|tight|loose|baggy|snug|boxy'],
  ['size', 'size|sizing|sized|petite|runs small|runs large'],
  ['fabric', 'fabric|material|cotton|linen|wool|silk|soft|thin|scratchy|itchy|see-through'],
  ['quality', 'quality|seams?|stitching|zip|zipper|ripped|well made|fell apart'],
  ['colour', 'colou?r|faded|shade'],
  ['comfort', 'comfortable|comfy|comfort'],
  ['price', 'price|value|expensive|bargain'],
  ['delivery', 'delivery|arrived|shipping|parcel'],
];

const POSITIVE =
  'love|loved|great|perfect|lovely|comfortable|comfy|soft|flattering|beautiful|gorgeous|recommend|bargain';
const NEGATIVE =
  'poor|cheap|thin|scratchy|itchy|tight|disappointed|disappointing|returned|awful|ripped|faded|late|fell apart|too small|too big';

/** Attribute vocabularies for STRING fields of an output schema, by field name. */
const VOCABULARY: Readonly<Record<string, string>> = {
  garment: 'dress|jeans|jumper|sweater|shirt|blouse|coat|jacket|skirt|shorts|tee|top|trousers',
  colour: 'black|white|navy|blue|red|green|yellow|pink|grey|beige|cream|brown|purple|orange',
  color: 'black|white|navy|blue|red|green|yellow|pink|grey|beige|cream|brown|purple|orange',
  pattern: 'plain|striped|floral|checked|spotted|polka|leopard|paisley',
};

/** The 8 word groups whose counts make a fake embedding. */
const EMBEDDING_GROUPS = [
  'fit|fits|tight|loose|baggy|snug|size|small|large',
  'fabric|material|soft|thin|scratchy|itchy|cotton|linen|wool',
  'colou?r|faded|red|blue|black|white|navy|green|pink',
  'quality|seams?|stitching|zip|zipper|ripped|fell apart',
  'love|loved|great|perfect|lovely|beautiful|gorgeous|recommend',
  'poor|cheap|disappointed|disappointing|returned|awful',
  'delivery|arrived|shipping|late|parcel',
  'price|value|expensive|bargain|money',
];

/** A GoogleSQL string literal (rewritten text goes through the translator, which unescapes backslashes). */
const literal = (value: string): string => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** A regex literal for DuckDB, matching whole words (`\b` written so it survives the translator). */
const wordsRegex = (alternatives: string): string => literal(`\\b(${alternatives})\\b`);

const count = (data: string, alternatives: string): string =>
  `len(regexp_extract_all(${data}, ${wordsRegex(alternatives)}))`;

/** -1..1 from positive and negative words; 0 when there are none. */
const scoreOf = (data: string): string => {
  const positive = count(data, POSITIVE);
  const negative = count(data, NEGATIVE);
  return `(CASE WHEN ${positive} + ${negative} = 0 THEN 0.0 ELSE (${positive} - ${negative}) / (${positive} + ${negative}) END)`;
};

const embeddingOf = (text: string): string => {
  const data = `lower(CAST(${text} AS VARCHAR))`;
  return `[${EMBEDDING_GROUPS.map((group) => `CAST(${count(data, group)} AS DOUBLE) + 0.1`).join(', ')}]`;
};

// ---- a small scanner over GoogleSQL text -------------------------------------------------

/** The index just past the quoted run (string, backtick) or comment starting at `index`, or null. */
const skipQuoted = (sql: string, index: number): number | null => {
  const char = sql[index] ?? '';
  const next = sql[index + 1] ?? '';
  if ((char === '-' && next === '-') || char === '#') {
    const end = sql.indexOf('\n', index);
    return end === -1 ? sql.length : end;
  }
  if (char === '/' && next === '*') {
    const end = sql.indexOf('*/', index + 2);
    return end === -1 ? sql.length : end + 2;
  }
  if (char === "'" || char === '"' || char === '`') {
    const triple = char !== '`' && sql.startsWith(char.repeat(3), index);
    const closing = triple ? char.repeat(3) : char;
    let at = index + closing.length;
    while (at < sql.length) {
      if (sql[at] === '\\') {
        at += 2;
        continue;
      }
      if (sql.startsWith(closing, at)) return at + closing.length;
      at += 1;
    }
    return sql.length;
  }
  return null;
};

/** For `(` at `open`: the index of its `)` and the top-level argument texts. */
const callAt = (sql: string, open: number): { close: number; args: string[] } => {
  let depth = 0;
  let start = open + 1;
  const args: string[] = [];
  for (let index = open; index < sql.length;) {
    const skipped = skipQuoted(sql, index);
    if (skipped !== null) {
      index = skipped;
      continue;
    }
    const char = sql[index];
    if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) {
        const last = sql.slice(start, index);
        if (last.trim() !== '' || args.length > 0) args.push(last);
        return { close: index, args };
      }
    } else if (char === ',' && depth === 1) {
      args.push(sql.slice(start, index));
      start = index + 1;
    }
    index += 1;
  }
  throw new Error(`Fake BigQuery AI: unbalanced parentheses after offset ${open}`);
};

const isLiteral = (text: string): boolean => /^\s*[rR]?('[^]*'|"[^]*")\s*$/.test(text);

/** The value of a simple GoogleSQL string literal. */
const literalValue = (text: string): string => {
  const trimmed = text.trim().replace(/^[rR]/, '');
  const quote = trimmed.startsWith("'''") || trimmed.startsWith('"""') ? trimmed.slice(0, 3) : trimmed.slice(0, 1);
  return trimmed.slice(quote.length, trimmed.length - quote.length).replace(/\\(.)/g, '$1');
};

interface Arguments {
  positional: string[];
  named: Map<string, string>;
}

const splitArguments = (args: string[]): Arguments => {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const arg of args) {
    const match = /^\s*([A-Za-z_]+)\s*=>\s*([^]*)$/.exec(arg);
    if (match?.[1] && match[2] !== undefined) named.set(match[1].toLowerCase(), match[2]);
    else positional.push(arg);
  }
  return { positional, named };
};

/** A prompt: a tuple `(part, part, …)` or one expression; data parts are the non-literal ones. */
const promptOf = (text: string): { instructions: string; data: string } => {
  const trimmed = text.trim();
  let parts = [trimmed];
  if (trimmed.startsWith('(')) {
    const inner = callAt(trimmed, 0);
    if (inner.close === trimmed.length - 1 && inner.args.length > 1) parts = inner.args;
  }
  const literals = parts.filter(isLiteral);
  const data = parts.filter((part) => !isLiteral(part));
  const instructions = literals.map(literalValue).join(' ');
  const dataParts = (data.length > 0 ? data : parts).map((part) => `CAST(${part} AS VARCHAR)`);
  return { instructions, data: `lower(concat_ws(' ', ${dataParts.join(', ')}))` };
};

/** `name TYPE, name TYPE` (types may nest with `<…>`). */
const schemaFields = (schema: string): { name: string; type: string }[] => {
  const fields: { name: string; type: string }[] = [];
  let depth = 0;
  let start = 0;
  const push = (text: string): void => {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s+([^]+?)\s*$/.exec(text);
    if (match?.[1] && match[2]) fields.push({ name: match[1], type: match[2] });
  };
  for (let index = 0; index < schema.length; index += 1) {
    const char = schema[index];
    if (char === '<') depth += 1;
    else if (char === '>') depth -= 1;
    else if (char === ',' && depth === 0) {
      push(schema.slice(start, index));
      start = index + 1;
    }
  }
  push(schema.slice(start));
  return fields;
};

const firstWord = (data: string, alternatives: string): string =>
  `NULLIF(regexp_extract(${data}, ${wordsRegex(alternatives)}, 1), '')`;

const scalarField = (name: string, type: string, data: string): string => {
  switch (type.toUpperCase()) {
    case 'FLOAT64':
    case 'NUMERIC':
      return scoreOf(data);
    case 'INT64':
      return `CAST(round(${scoreOf(data)} * 2 + 3) AS BIGINT)`;
    case 'BOOL':
    case 'BOOLEAN':
      return `(${scoreOf(data)} > 0)`;
    default: {
      const vocabulary = VOCABULARY[name.toLowerCase()];
      if (vocabulary) return firstWord(data, vocabulary);
      return `concat(${literal(`Fake ${name} of `)}, length(${data}), ' characters')`;
    }
  }
};

/** ARRAY<STRUCT<…>>: one element per aspect the data mentions. */
const aspectList = (structType: string, data: string): string => {
  const inner = /^STRUCT<([^]*)>$/i.exec(structType.trim())?.[1] ?? '';
  const fields = schemaFields(inner);
  const elements = ASPECT_WORDS.map(([aspect, words]) => {
    const values = fields.map((field) => {
      let value: string;
      if (field.type.toUpperCase() === 'STRING') {
        value = /aspect|name/.test(field.name) ? literal(aspect) : firstWord(data, words);
      } else value = scalarField(field.name, field.type, data);
      return `${literal(field.name)}: ${value}`;
    });
    return `CASE WHEN regexp_matches(${data}, ${wordsRegex(words)}) THEN {${values.join(', ')}} END`;
  });
  return `list_filter([${elements.join(', ')}], element -> element IS NOT NULL)`;
};

const schemaValue = (field: { name: string; type: string }, data: string): string => {
  const array = /^ARRAY<([^]*)>$/i.exec(field.type.trim());
  if (array?.[1]) {
    if (/^STRUCT</i.test(array[1])) return aspectList(array[1], data);
    return `list_filter([${ASPECT_WORDS.map(([aspect, words]) => `CASE WHEN regexp_matches(${data}, ${wordsRegex(words)}) THEN ${literal(aspect)} END`).join(', ')}], element -> element IS NOT NULL)`;
  }
  return scalarField(field.name, field.type, data);
};

const STATUS = `'full_response': '{}', 'status': ''`;

const generate = (args: Arguments): string => {
  const { data } = promptOf(args.named.get('prompt') ?? args.positional[0] ?? "''");
  const schema = args.named.get('output_schema');
  if (schema !== undefined) {
    const fields = schemaFields(literalValue(schema));
    return `{${fields.map((field) => `${literal(field.name)}: ${schemaValue(field, data)}`).join(', ')}, ${STATUS}}`;
  }
  const score = scoreOf(data);
  const mood = `CASE WHEN ${score} > 0.2 THEN 'mostly positive' WHEN ${score} < -0.2 THEN 'mostly negative' ELSE 'mixed' END`;
  const aspects = `array_to_string(${schemaValue({ name: 'aspects', type: 'ARRAY<STRING>' }, data)}, ', ')`;
  return `{'result': concat('Customers are ', ${mood}, '; they mention ', CASE WHEN ${aspects} = '' THEN 'nothing in particular' ELSE ${aspects} END, '.'), ${STATUS}}`;
};

const generateDouble = (args: Arguments): string => {
  const { instructions, data } = promptOf(args.named.get('prompt') ?? args.positional[0] ?? "''");
  const scale = /from\s+(-?\d+(?:\.\d+)?)\s+to\s+(-?\d+(?:\.\d+)?)/i.exec(instructions);
  const low = scale ? Number(scale[1]) : 0;
  const high = scale ? Number(scale[2]) : 1;
  return `{'result': CAST(${low} + (${scoreOf(data)} + 1) / 2 * ${high - low} AS DOUBLE), ${STATUS}}`;
};

/** `MODEL x.y.z` (or a backticked path) as the path of the table that stands for it. */
const modelTable = (text: string): string => {
  const path = text
    .trim()
    .replace(/^MODEL\s+/i, '')
    .replaceAll('`', '')
    .split('.');
  const name = path.pop() ?? 'model';
  return `\`${[...path, `__model__${name}`].join('.')}\``;
};

/** `TABLE x` or `(subquery)` as something to put after FROM. */
const tableSource = (text: string): string => {
  const trimmed = text.trim();
  return /^TABLE\s+/i.test(trimmed) ? trimmed.replace(/^TABLE\s+/i, '') : trimmed;
};

const generateEmbedding = (args: Arguments): string => {
  const [model = '', source = '(SELECT NULL AS content)'] = args.positional;
  return `(SELECT __source.*, ${embeddingOf('__source.content')} AS embedding, '' AS status, '{}' AS statistics FROM ${tableSource(source)} AS __source, ${modelTable(model)} AS __model)`;
};

const vectorSearch = (args: Arguments): string => {
  const [base = '', column = "'embedding'", query = '', queryColumnPositional] = args.positional;
  const baseColumn = literalValue(column);
  const queryColumn = literalValue(args.named.get('query_column_to_search') ?? queryColumnPositional ?? column);
  const topK = args.named.get('top_k')?.trim() ?? '10';
  const distanceType = literalValue(args.named.get('distance_type') ?? "'EUCLIDEAN'").toUpperCase();
  const left = `__base.\`${baseColumn}\``;
  const right = `__query.\`${queryColumn}\``;
  const distance =
    distanceType === 'COSINE'
      ? `1 - list_cosine_similarity(${left}, ${right})`
      : distanceType === 'DOT_PRODUCT'
        ? `-list_inner_product(${left}, ${right})`
        : `list_distance(${left}, ${right})`;
  return `(SELECT __query AS query, __base AS base, ${distance} AS distance FROM ${tableSource(base)} AS __base, ${tableSource(query)} AS __query ORDER BY distance LIMIT ${topK})`;
};

const CREATE_MODEL =
  /^\s*CREATE\s+(OR\s+REPLACE\s+)?MODEL\s+(IF\s+NOT\s+EXISTS\s+)?(`[^`]+`|[\w.-]+)\s+REMOTE\s+WITH\s+CONNECTION\s+(`[^`]+`|DEFAULT)\s+OPTIONS\s*\(\s*ENDPOINT\s*=\s*('[^']*'|"[^"]*")\s*\)\s*;?\s*$/i;

const FUNCTION_AT =
  /(AI\.GENERATE_DOUBLE|AI\.GENERATE_EMBEDDING|AI\.GENERATE|AI\.SCORE|AI\.FORECAST|ML\.FORECAST|OBJ\.MAKE_REF|OBJ\.GET_ACCESS_URL|VECTOR_SEARCH|JSON_VALUE)\s*\(/iy;

export const createFakeBigQueryAi = (): FakeBigQueryAi => {
  const objectFetches: string[] = [];
  const objects = new Map<string, FakeObject>();
  let signatures = 0;
  const forecast = createFakeBigQueryForecast({ callAt, literalValue });

  const ai: FakeBigQueryAi = {
    baseUrl: 'http://127.0.0.1',
    objectFetches,
    objects,
    forecast,
    rewrite: (sql) => {
      const forecastStatement = forecast.rewriteStatement(sql, (text) => rewriteCalls(text));
      if (forecastStatement !== null) return forecastStatement;
      const model = CREATE_MODEL.exec(sql.replace(/^(\s*--[^\n]*\n)+/, ''));
      if (model?.[3] && model[4] && model[5]) {
        const create = model[2] ? 'CREATE TABLE IF NOT EXISTS' : 'CREATE OR REPLACE TABLE';
        return `${create} ${modelTable(model[3])} AS SELECT ${literal(literalValue(model[5]))} AS endpoint, ${literal(model[4].replaceAll('`', ''))} AS connection`;
      }
      return rewriteCalls(sql);
    },
    handle: (req, res, url) => {
      if (!url.pathname.startsWith('/signed/') || req.method !== 'GET') return false;
      const key = decodeURIComponent(url.pathname.slice('/signed/'.length));
      if (!url.searchParams.get('X-Goog-Signature')) {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end('<Error><Code>AccessDenied</Code><Message>Missing signature.</Message></Error>');
        return true;
      }
      objectFetches.push(key);
      const object =
        objects.get(key) ??
        (/\.(png|jpe?g|webp|gif|svg)$/i.test(key) ? { contentType: 'image/png', body: TINY_PNG } : null);
      if (!object) {
        res.writeHead(404, { 'content-type': 'application/xml' });
        res.end('<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>');
        return true;
      }
      res.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length });
      res.end(object.body);
      return true;
    },
    reset: () => {
      objectFetches.length = 0;
      objects.clear();
      forecast.reset();
    },
  };

  const accessUrl = (args: Arguments): string => {
    const ref = args.positional[0] ?? 'NULL';
    signatures += 1;
    const uri = `struct_extract(${ref}, 'uri')`;
    const signature = `md5(concat(${uri}, ${literal(String(signatures))}))`;
    const readUrl = `concat(${literal(`${ai.baseUrl}/signed/`)}, replace(${uri}, 'gs://', ''), '?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=fake%2F20260101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20260101T000000Z&X-Goog-Expires=21600&X-Goog-SignedHeaders=host&X-Goog-Signature=', ${signature})`;
    return `json_object('objectref', json_object('uri', ${uri}, 'authorizer', struct_extract(${ref}, 'authorizer')), 'access_urls', json_object('read_url', ${readUrl}, 'expiry_time', '2026-01-01T06:00:00Z'))`;
  };

  const replacement = (name: string, args: Arguments): string => {
    switch (name) {
      case 'AI.GENERATE':
        return `(${generate(args)})`;
      case 'AI.GENERATE_DOUBLE':
        return `(${generateDouble(args)})`;
      case 'AI.SCORE': {
        const { data } = promptOf(args.named.get('prompt') ?? args.positional[0] ?? "''");
        return `CAST((${scoreOf(data)} + 1) * 5 AS DOUBLE)`;
      }
      case 'AI.GENERATE_EMBEDDING':
        return generateEmbedding(args);
      case 'OBJ.MAKE_REF': {
        const [uri = 'NULL', authorizer = args.named.get('authorizer') ?? 'NULL'] = args.positional;
        return `{'uri': ${uri}, 'version': CAST(NULL AS VARCHAR), 'authorizer': ${authorizer}, 'details': CAST(NULL AS VARCHAR)}`;
      }
      case 'OBJ.GET_ACCESS_URL':
        return accessUrl(args);
      case 'VECTOR_SEARCH':
        return vectorSearch(args);
      case 'JSON_VALUE':
        return `json_extract_string(${args.positional.join(', ')})`;
      case 'AI.FORECAST':
        return forecast.aiForecast(args);
      case 'ML.FORECAST':
        return forecast.mlForecast(args);
      default:
        throw new Error(`Fake BigQuery AI: no rewrite for ${name}`);
    }
  };

  /** Replaces every AI/OBJ call (innermost first, since arguments are rewritten before their call). */
  const rewriteCalls = (sql: string): string => {
    let out = '';
    let index = 0;
    while (index < sql.length) {
      const skipped = skipQuoted(sql, index);
      if (skipped !== null) {
        out += sql.slice(index, skipped);
        index = skipped;
        continue;
      }
      const previous = sql[index - 1] ?? ' ';
      FUNCTION_AT.lastIndex = index;
      const match = /[A-Za-z0-9_.]/.test(previous) ? null : FUNCTION_AT.exec(sql);
      if (match?.[1]) {
        const open = index + match[0].length - 1;
        const { close, args } = callAt(sql, open);
        const rewritten = splitArguments(args.map(rewriteCalls));
        out += replacement(match[1].toUpperCase(), rewritten);
        index = close + 1;
        continue;
      }
      out += sql.charAt(index);
      index += 1;
    }
    return out;
  };

  return ai;
};

/** The object key of a signed URL the fake made (`<bucket>/<object>`), for tests. */
export const objectKeyOf = (gsUri: string): string => gsUri.replace(/^gs:\/\//, '');

/** A stable digest, for tests that compare cache file names. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
