import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AisleError } from '../core/aisle-error';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';
import { parseBigQueryName } from './bigquery-sources';

describe('parseBigQueryName', () => {
  it('reads bq:PROJECT.DATASET, including domain-scoped projects', () => {
    expect(parseBigQueryName('bq:my-project.sales')).toEqual({
      projectId: 'my-project',
      datasetId: 'sales',
      location: null,
    });
    expect(parseBigQueryName('bq:example.com:analytics.web_2026')).toEqual({
      projectId: 'example.com:analytics',
      datasetId: 'web_2026',
      location: null,
    });
  });

  it('explains the expected shape when the name is wrong', () => {
    for (const bad of ['bq:', 'bq:project', 'bq:.dataset', 'bq:Project.sales', 'bq:my-project.bad-name']) {
      expect(() => parseBigQueryName(bad)).toThrow(/bq:PROJECT\.DATASET/);
    }
  });
});

describe('BigQuery sources in the registry', () => {
  let dataDir: string;
  let core: Core;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'aisle-bq-sources-'));
    core = createTestCore(dataDir);
  });

  afterEach(async () => {
    await core.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists theLook as a built-in BigQuery source with its semantic model', () => {
    const thelook = core.sources.list().find((source) => source.id === 'thelook');
    expect(thelook).toMatchObject({ kind: 'bigquery', builtIn: true });
    expect(core.sources.semanticModel('thelook')?.id).toBe('thelook');
    expect(core.sources.find('bq:bigquery-public-data.thelook_ecommerce').id).toBe('thelook');
  });

  it('names any dataset as bq:PROJECT.DATASET, which has no semantic model', () => {
    const source = core.sources.find('bq:my-project.sales');
    expect(source).toMatchObject({ id: 'bq:my-project.sales', kind: 'bigquery', name: 'my-project.sales' });
    expect(core.sources.semanticModel(source.id)).toBeNull();
  });

  it('keeps an added dataset across restarts and removes it on request', async () => {
    core.sources.addBigQuery({ projectId: 'my-project', datasetId: 'sales', location: 'EU' });
    await core.stop();
    core = createTestCore(dataDir);
    const added = core.sources.list().find((source) => source.id === 'bq:my-project.sales');
    expect(added?.description).toContain('(EU)');
    await core.sources.remove('bq:my-project.sales');
    expect(core.sources.list().some((source) => source.id === 'bq:my-project.sales')).toBe(false);
  });

  it('refuses to remove theLook, and asks for a sign-in before opening it', async () => {
    await expect(core.sources.remove('thelook')).rejects.toThrow(/built in/);
    const opening = core.sources.warehouse('thelook');
    await expect(opening).rejects.toBeInstanceOf(AisleError);
    const error: unknown = await opening.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'unauthorized' });
    expect((error as AisleError).message).toMatch(/Sign in/);
  });
});
