import { describe, expect, it } from 'vitest';
import { listSqlFiles, readSqlFile } from '../platform/sql-files';
import { BigQueryAiSettings, renderTemplate, templateValues, type ValidSettings } from './identifiers';
import { localReviewAspects, localReviewSentiment } from './local-counterparts';
import { taskTemplates } from './tasks';

const SETTINGS: ValidSettings = {
  source: { projectId: 'my-shop', datasetId: 'sales' },
  workspace: { projectId: 'my-shop', datasetId: 'aisle_work' },
  connection: 'my-shop.us.vertex-ai',
  textEndpoint: 'gemini-2.5-flash',
  embeddingEndpoint: 'text-embedding-005',
  embeddingModel: 'review_model',
  embeddingTable: 'review_vectors',
};

describe('sql/bigquery templates', () => {
  const files = listSqlFiles('bigquery');

  it('ship one file per task', () => {
    for (const name of Object.values(taskTemplates)) expect(files).toContain(`bigquery/${name}`);
  });

  it.each(files)('%s renders every placeholder and takes values only as parameters', (file) => {
    const sql = renderTemplate(readSqlFile(file), templateValues(SETTINGS));
    expect(sql).not.toMatch(/\{\{|\}\}/);
    // No value is inlined: the only quoted strings are prompts, schemas, identifiers and constants.
    expect(sql).not.toMatch(/product_id\s*=\s*'/);
    expect(sql).not.toMatch(/LIMIT\s+\d/);
  });

  it('renders identifiers where the template names them', () => {
    const sql = renderTemplate(readSqlFile('bigquery/create_review_embeddings.sql'), templateValues(SETTINGS));
    expect(sql).toContain('CREATE OR REPLACE TABLE `my-shop.aisle_work.review_vectors` AS');
    expect(sql).toContain('MODEL `my-shop.aisle_work.review_model`');
    expect(sql).toContain('FROM `my-shop.sales.reviews`');
  });

  it('refuses a placeholder without a value, or a value that is not an identifier', () => {
    expect(() => renderTemplate('SELECT 1 FROM `{{source}}.t`', {})).toThrow(/\{\{source\}\} has no value/);
    expect(() => renderTemplate("SELECT '{{connection}}'", { connection: "x' OR '1'='1" })).toThrow(
      /not an identifier/,
    );
  });
});

describe('BigQueryAiSettings', () => {
  const base = { source: { projectId: 'my-shop', datasetId: 'sales' }, connection: 'my-shop.us.vertex-ai' };

  it('fills in the defaults', () => {
    expect(BigQueryAiSettings.parse(base)).toEqual({
      ...base,
      textEndpoint: 'gemini-2.5-flash',
      embeddingEndpoint: 'text-embedding-005',
      embeddingModel: 'aisle_review_embedding_model',
      embeddingTable: 'aisle_review_embeddings',
    });
  });

  it.each(['my-shop.europe-west2.reviews_ai', 'a-long-project-id-123.EU.conn_1', 'shop-01.us.vertex-ai'])(
    'takes the connection %s',
    (connection) => {
      expect(BigQueryAiSettings.safeParse({ ...base, connection }).success).toBe(true);
    },
  );

  it.each(['us.vertex', 'my-shop.us', 'my-shop.us.vertex ai', "my-shop.us.x'", 'my-shop.us.a.b', 'MyShop.us.c'])(
    'refuses the connection %s',
    (connection) => {
      expect(BigQueryAiSettings.safeParse({ ...base, connection }).success).toBe(false);
    },
  );
});

describe('local counterparts', () => {
  const rows = [
    { id: 7, title: 'Disappointed', text: 'Lovely colour but the fabric is thin and scratchy.' },
    { id: '8', text: 'Fits perfectly.' },
  ];

  it('score sentiment in the BigQuery shape', () => {
    const scored = localReviewSentiment(rows);
    expect(scored.map((row) => Object.keys(row))).toEqual([
      ['reviewId', 'sentiment'],
      ['reviewId', 'sentiment'],
    ]);
    expect(scored[0]?.reviewId).toBe('7');
    expect(scored[0]?.sentiment).toBeLessThan(0);
    expect(scored[1]?.sentiment).toBeGreaterThan(0);
  });

  it('find aspects in the BigQuery shape', () => {
    const aspects = localReviewAspects(rows);
    expect(aspects).toContainEqual(expect.objectContaining({ reviewId: '7', aspect: 'colour' }));
    expect(aspects).toContainEqual(expect.objectContaining({ reviewId: '7', aspect: 'fabric' }));
    const fabric = aspects.find((row) => row.aspect === 'fabric');
    expect(fabric?.sentiment).toBeLessThan(0);
    expect(Object.keys(fabric ?? {})).toEqual(['reviewId', 'aspect', 'sentiment', 'phrase']);
  });
});
