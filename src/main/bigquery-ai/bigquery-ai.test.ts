import { describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import { ON_DEMAND_USD_PER_TIB } from '../query/estimate';
import { reviewAspects } from '../reviews/sentiment/aspects';
import {
  bigQueryAi,
  CONNECTION,
  dryRuns,
  insertLog,
  jobs,
  paramsOf,
  queryOf,
  server,
  SETTINGS,
  SHOP,
  useFakeShop,
} from './bigquery-ai.fixture';
import { NO_CONNECTION_MESSAGE } from './identifiers';

useFakeShop();

const failure = async (promise: Promise<unknown>): Promise<AisleError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AisleError);
    return error as AisleError;
  }
  throw new Error('expected the call to fail');
};

const parameterTypes = (index: number): Record<string, string> =>
  Object.fromEntries(
    (
      (queryOf(jobs()[index] ?? dryRuns()[0]!).queryParameters ?? []) as {
        name: string;
        parameterType: { type: string };
      }[]
    ).map((parameter) => [parameter.name, parameter.parameterType.type]),
  );

describe('review sentiment (AI.GENERATE_DOUBLE)', () => {
  it('estimates with a dry run and a count before anything runs, and says Vertex AI is billed on top', async () => {
    const estimate = await bigQueryAi().estimate('sentiment', { productId: '101' });
    expect(insertLog()).toEqual([
      'dry:WITH picked AS (',
      'dry:SELECT COUNT(*) AS model_calls',
      'job:SELECT COUNT(*) AS model_calls',
    ]);
    const dry = queryOf(dryRuns()[0]!);
    expect(dry.query).toContain('AI.GENERATE_DOUBLE(');
    expect(paramsOf(dryRuns()[0]!)).toEqual({ product_id: '101', limit: '100' });
    expect(estimate.bytesProcessed).toBeGreaterThan(0);
    expect(estimate.costUsd).toBeCloseTo((estimate.bytesProcessed / 2 ** 40) * ON_DEMAND_USD_PER_TIB, 15);
    expect(estimate.modelCalls).toBe(3);
    expect(estimate.note).toMatch(/Vertex AI bills the model calls separately/);
    expect(
      jobs()
        .map((job) => queryOf(job).query)
        .join('\n'),
    ).not.toContain('AI.GENERATE');
  });

  it('sends the SQL with named arguments and every value as a parameter, then maps 1..5 onto -1..1', async () => {
    const result = await bigQueryAi().run('sentiment', { productId: '101', limit: 50 });
    expect(insertLog()).toEqual(['dry:WITH picked AS (', 'job:WITH picked AS (']);
    const sql = queryOf(jobs()[0]!).query;
    expect(sql).toContain('FROM `aisle-test.shop.reviews` AS r');
    expect(sql).toContain('WHERE CAST(r.product_id AS STRING) = @product_id');
    expect(sql).toContain('LIMIT @limit');
    expect(sql).toMatch(/AI\.GENERATE_DOUBLE\(\s*\(\s*'Rate the sentiment of this clothing review from 1 to 5/);
    expect(sql).toContain(`connection_id => '${CONNECTION}'`);
    expect(sql).toContain("endpoint => 'gemini-2.5-flash'");
    expect(sql).not.toContain('{{');
    expect(paramsOf(jobs()[0]!)).toEqual({ product_id: '101', limit: '50' });
    expect(parameterTypes(0)).toEqual({ product_id: 'STRING', limit: 'INT64' });
    expect(result).toEqual({
      rows: [
        { reviewId: '3', sentiment: 1 },
        { reviewId: '2', sentiment: -1 },
        { reviewId: '1', sentiment: 1 },
      ],
      fromCache: false,
      bytesBilled: 10 * 1024 * 1024,
    });
  });

  it('answers a second run from the SQLite cache, even from a new instance, without a job', async () => {
    await bigQueryAi().run('sentiment', { productId: '101' });
    const inserted = server.fake.count('jobs.insert');
    const again = await bigQueryAi().run('sentiment', { productId: '101' });
    expect(again.fromCache).toBe(true);
    expect(again.bytesBilled).toBe(0);
    expect(again.rows).toHaveLength(3);
    expect(server.fake.count('jobs.insert')).toBe(inserted);
    // Another product is another key; refresh runs again.
    expect((await bigQueryAi().run('sentiment', { productId: '102' })).fromCache).toBe(false);
    expect((await bigQueryAi().run('sentiment', { productId: '101' }, { refresh: true })).fromCache).toBe(false);
  });

  it('turns a failed job into a message that says what to do', async () => {
    server.fake.script.onQuery({
      match: 'AI.GENERATE_DOUBLE',
      jobError: {
        reason: 'invalidQuery',
        message: `Connection ${CONNECTION} does not exist or the user does not have permission to use it.`,
      },
    });
    const error = await failure(bigQueryAi().run('sentiment', { productId: '101' }));
    expect(error.message).toMatch(/^Review sentiment on BigQuery failed: /);
    expect(error.message).toContain('does not exist');
    expect(error.message).toContain('Settings > Google account');
    expect(error.message).toContain('roles/aiplatform.user');
  });
});

describe('review aspects (AI.GENERATE with output_schema)', () => {
  it('asks for the local aspect names and parses the structured answer', async () => {
    const { rows } = await bigQueryAi().run('aspects', { productId: '101' });
    const sql = queryOf(jobs()[0]!).query;
    expect(sql).toContain("output_schema => 'aspects ARRAY<STRUCT<aspect STRING, sentiment FLOAT64, phrase STRING>>'");
    expect(sql).toContain(reviewAspects.join(', '));
    expect(sql).toContain(').aspects AS aspects');
    expect(paramsOf(jobs()[0]!)).toEqual({ product_id: '101', limit: '100' });
    expect(rows.every((row) => (reviewAspects as readonly string[]).includes(row.aspect))).toBe(true);
    expect(rows).toContainEqual({ reviewId: '2', aspect: 'quality', sentiment: -1, phrase: 'seams' });
    expect(rows).toContainEqual({ reviewId: '1', aspect: 'colour', sentiment: 1, phrase: 'colour' });
    expect(rows.filter((row) => row.reviewId === '3').map((row) => row.aspect)).toEqual(['price', 'delivery']);
  });
});

describe('what customers say (AI.GENERATE)', () => {
  it('gathers the reviews and calls the model once', async () => {
    const estimate = await bigQueryAi().estimate('summary', { productId: '101' });
    expect(estimate.modelCalls).toBe(1);
    const { rows } = await bigQueryAi().run('summary', { productId: '101', limit: 20 });
    const sql = queryOf(jobs().at(-1)!).query;
    expect(sql).toMatch(/STRING_AGG\(/);
    expect(sql).toMatch(/AI\.GENERATE\(\s*\(\s*'These are customer reviews/);
    expect(sql).not.toContain('output_schema');
    expect(paramsOf(jobs().at(-1)!)).toEqual({ product_id: '101', limit: '20' });
    expect(rows).toEqual({
      productId: '101',
      reviewsRead: 3,
      summary: 'Customers are mixed; they mention fit, fabric, quality, colour, price, delivery.',
    });
  });

  it('makes no model call for a product without reviews', async () => {
    const ai = bigQueryAi();
    expect((await ai.estimate('summary', { productId: '999' })).modelCalls).toBe(0);
    expect((await ai.run('summary', { productId: '999' })).rows).toEqual({
      productId: '999',
      reviewsRead: 0,
      summary: '',
    });
  });
});

describe('image description and attributes (OBJ.MAKE_REF, OBJ.GET_ACCESS_URL, AI.GENERATE)', () => {
  it('reads gs:// images through the connection and returns a signed read URL per image', async () => {
    const estimate = await bigQueryAi().estimate('imageAttributes', { productId: '101' });
    expect(estimate.modelCalls).toBe(2);
    const { rows } = await bigQueryAi().run('imageAttributes', { productId: '101' });
    const sql = queryOf(jobs().at(-1)!).query;
    expect(sql).toContain(`OBJ.GET_ACCESS_URL(OBJ.MAKE_REF(i.uri, '${CONNECTION}'), 'r')`);
    expect(sql).toContain("JSON_VALUE(picked.access, '$.access_urls.read_url') AS access_url");
    expect(sql).toContain("output_schema => 'description STRING, garment STRING, colour STRING, pattern STRING'");
    expect(sql).toContain('FROM `aisle-test.shop.product_images` AS i');
    expect(paramsOf(jobs().at(-1)!)).toEqual({ product_id: '101', limit: '20' });
    expect(
      rows.map(({ productId, uri, view, garment, colour, pattern }) => ({
        productId,
        uri,
        view,
        garment,
        colour,
        pattern,
      })),
    ).toEqual([
      {
        productId: '101',
        uri: 'gs://aisle-shop-images/dress/red-floral-back.png',
        view: 'back',
        garment: 'dress',
        colour: 'red',
        pattern: 'floral',
      },
      {
        productId: '101',
        uri: 'gs://aisle-shop-images/dress/red-floral-front.png',
        view: 'front',
        garment: 'dress',
        colour: 'red',
        pattern: 'floral',
      },
    ]);
    for (const row of rows) {
      expect(row.accessUrl).toMatch(
        new RegExp(`^${server.url}/signed/aisle-shop-images/dress/red-floral-\\w+\\.png\\?.*X-Goog-Signature=\\w+`),
      );
      expect(row.description).not.toBe('');
    }
  });
});

describe('review embeddings and search (AI.GENERATE_EMBEDDING, VECTOR_SEARCH)', () => {
  it('estimates the one-click action without creating anything', async () => {
    const estimate = await bigQueryAi().estimate('createEmbeddings', {});
    expect(estimate.modelCalls).toBe(5);
    expect(estimate.promptCharacters).toBeGreaterThan(100);
    expect(estimate.bytesProcessed).toBeGreaterThan(0);
    expect(insertLog()).toEqual(['dry:SELECT', 'dry:SELECT', 'job:SELECT']);
    expect(server.fake.requests.map((request) => request.route)).not.toContain('tables.get');
  });

  it('creates the remote model and the table, then searches by meaning', async () => {
    const ai = bigQueryAi();
    const created = await ai.run('createEmbeddings', {});
    expect(created.rows).toEqual({ table: 'aisle-test.shop.aisle_review_embeddings', rows: 5 });
    const [model, table] = jobs().map((job) => queryOf(job).query);
    expect(model).toMatch(
      /CREATE MODEL IF NOT EXISTS `aisle-test\.shop\.aisle_review_embedding_model`\s+REMOTE WITH CONNECTION `aisle-test\.us\.vertex-ai`\s+OPTIONS \(ENDPOINT = 'text-embedding-005'\)/,
    );
    expect(table).toContain('CREATE OR REPLACE TABLE `aisle-test.shop.aisle_review_embeddings` AS');
    expect(table).toMatch(/FROM AI\.GENERATE_EMBEDDING\(\s*MODEL `aisle-test\.shop\.aisle_review_embedding_model`/);

    server.fake.script.reset();
    const found = await ai.run('search', { query: 'thin scratchy fabric', limit: 3 });
    const sql = queryOf(jobs()[0]!).query;
    expect(sql).toMatch(/VECTOR_SEARCH\(\s*TABLE `aisle-test\.shop\.aisle_review_embeddings`,\s*'embedding',/);
    expect(sql).toContain("query_column_to_search => 'embedding'");
    expect(sql).toContain('top_k => @limit');
    expect(sql).toContain("distance_type => 'COSINE'");
    expect(sql).toContain('(SELECT @query AS content)');
    expect(sql).not.toContain('scratchy');
    expect(paramsOf(jobs()[0]!)).toEqual({ query: 'thin scratchy fabric', limit: '3' });
    expect(found.rows).toHaveLength(3);
    expect(found.rows[0]).toMatchObject({ reviewId: '2', productId: '101', title: 'Disappointed' });
    const distances = found.rows.map((hit) => hit.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);

    // Cached until the embeddings are rebuilt.
    expect((await ai.run('search', { query: 'thin scratchy fabric', limit: 3 })).fromCache).toBe(true);
    await ai.run('createEmbeddings', {});
    expect((await ai.run('search', { query: 'thin scratchy fabric', limit: 3 })).fromCache).toBe(false);
  });

  it('says to create the embeddings when search runs before them', async () => {
    const error = await failure(
      bigQueryAi({ settings: { ...SETTINGS, embeddingTable: 'never_created' } }).run('search', { query: 'fit' }),
    );
    expect(error.code).toBe('not_found');
    expect(error.message).toBe(
      'Review search needs the review embeddings (table aisle-test.shop.never_created), which are not there yet. Create the review embeddings first; it shows its cost before it runs.',
    );
  });
});

describe('validation before any request', () => {
  it.each([
    ['connection', { connection: "aisle-test.us.x'; DROP TABLE reviews; --" }, /PROJECT\.LOCATION\.CONNECTION/],
    ['connection', { connection: 'vertex-ai' }, /PROJECT\.LOCATION\.CONNECTION/],
    ['connection', { connection: null }, new RegExp(NO_CONNECTION_MESSAGE.replace(/[.()>]/g, '\\$&'))],
    ['connection', { connection: '' }, /Settings > Google account/],
    ['source.datasetId', { source: { ...SHOP, datasetId: 'shop`; DROP' } }, /letters, digits and underscores/],
    ['source.projectId', { source: { ...SHOP, projectId: 'Bad_Project' } }, /project id/],
    ['textEndpoint', { textEndpoint: "gemini' OR 1=1" }, /Gemini model name/],
    ['embeddingTable', { embeddingTable: 'a.b' }, /embeddings table name/],
  ])('refuses a bad %s', async (field, settings, message) => {
    const ai = bigQueryAi({ settings: { ...SETTINGS, ...settings } });
    const error = await failure(ai.run('sentiment', { productId: '101' }));
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    await failure(ai.estimate('sentiment', { productId: '101' }));
    expect(server.fake.requests).toHaveLength(0);
  });

  it('refuses bad task input with the field named', async () => {
    const ai = bigQueryAi();
    expect((await failure(ai.run('sentiment', { productId: ' ' }))).message).toBe('Choose a product first.');
    expect((await failure(ai.run('search', { query: 'fit', limit: 1000 }))).field).toBe('limit');
    expect((await failure(ai.run('imageAttributes', { productId: '1', limit: 1.5 }))).field).toBe('limit');
    expect(server.fake.requests).toHaveLength(0);
  });
});
