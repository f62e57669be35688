import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeBigQueryServer, type FakeBigQueryServer } from '../../../test/google-fakes/fake-bigquery';
import { AisleError } from '../core/aisle-error';
import { listDatasets, listProjects, type CatalogOptions } from './bigquery-catalog';

let server: FakeBigQueryServer;
const auth = new OAuth2Client();
auth.setCredentials({ access_token: 'test-token' });

const options = (overrides: Partial<CatalogOptions> = {}): CatalogOptions => ({
  authClient: () => auth,
  apiEndpoint: server.url,
  log: () => undefined,
  retry: { sleep: () => Promise.resolve() },
  ...overrides,
});

beforeAll(async () => {
  server = await startFakeBigQueryServer({
    authorize: (header) => header === 'Bearer test-token',
    theLook: false,
    listPageSize: 2,
    projects: [
      { id: 'zeta-analytics', name: 'Zeta analytics' },
      { id: 'acme-retail', name: 'Acme retail' },
      { id: 'bigquery-public-data' },
    ],
    datasets: [
      { projectId: 'acme-retail', datasetId: 'sales', location: 'EU' },
      { projectId: 'acme-retail', datasetId: 'marketing', location: 'europe-west2' },
      { projectId: 'acme-retail', datasetId: 'archive', location: 'US' },
    ],
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => server.fake.script.reset());

describe('listProjects', () => {
  it('reads every page of projects.list, sorted by id, without a billing project', async () => {
    expect(await listProjects(options())).toEqual([
      { id: 'acme-retail', name: 'Acme retail' },
      { id: 'bigquery-public-data', name: 'bigquery-public-data' },
      { id: 'zeta-analytics', name: 'Zeta analytics' },
    ]);
    const calls = server.fake.requests.filter((request) => request.route === 'projects.list');
    expect(calls.map((request) => request.path)).toEqual(['/bigquery/v2/projects', '/bigquery/v2/projects']);
    expect(calls[1]?.query['pageToken']).toBe('2');
  });

  it('asks to sign in again when the token is refused', async () => {
    const stale = new OAuth2Client();
    stale.setCredentials({ access_token: 'stale' });
    let told = 0;
    const error: unknown = await listProjects(
      options({
        authClient: () => stale,
        onAuthFailure: () => {
          told += 1;
          return true;
        },
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AisleError);
    expect(error).toMatchObject({ code: 'unauthorized' });
    expect(told).toBe(1);
  });
});

describe('listDatasets', () => {
  it('lists every dataset of a project with its location', async () => {
    expect(await listDatasets(options(), 'acme-retail')).toEqual([
      { projectId: 'acme-retail', datasetId: 'archive', location: 'US' },
      { projectId: 'acme-retail', datasetId: 'marketing', location: 'europe-west2' },
      { projectId: 'acme-retail', datasetId: 'sales', location: 'EU' },
    ]);
    expect(server.fake.count('datasets.list')).toBe(2);
  });

  it('retries a 503 and returns an empty list for a project without datasets', async () => {
    server.fake.script.failRequests({ route: 'datasets.list', status: 503, reason: 'backendError' });
    expect(await listDatasets(options(), 'zeta-analytics')).toEqual([]);
    expect(server.fake.count('datasets.list')).toBe(2);
  });

  it('names the missing role when listing is denied', async () => {
    server.fake.script.failRequests({
      route: 'datasets.list',
      status: 403,
      reason: 'accessDenied',
      message:
        'Access Denied: Project acme-retail: User does not have bigquery.datasets.get permission in project acme-retail.',
    });
    const error: unknown = await listDatasets(options(), 'acme-retail').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'forbidden' });
    expect((error as Error).message).toMatch(/BigQuery Data Viewer role \(roles\/bigquery\.dataViewer\)/);
  });
});
