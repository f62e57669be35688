import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeBigQuery, type FakeBigQuery, type FakeBigQueryOptions } from './fake-bigquery';
import { createFakeOAuth, type FakeOAuth, type FakeOAuthOptions } from './fake-oauth';
import { createFakeVertex, type FakeVertex, type FakeVertexOptions } from './fake-vertex';

/** The OAuth client id the end-to-end tests type into Settings. */
export const FAKE_CLIENT_ID = 'aisle-e2e.apps.googleusercontent.com';
export const FAKE_CLIENT_SECRET = 'aisle-e2e-secret';
export const FAKE_ACCOUNT = 'merch@example.com';
export const FAKE_PROJECT = 'aisle-test-project';

export interface FakeGoogle {
  /** One base URL for AISLE_OAUTH_ENDPOINT, AISLE_BIGQUERY_API_ENDPOINT and AISLE_CONNECTIVITY_URL. */
  url: string;
  oauth: FakeOAuth;
  bigquery: FakeBigQuery;
  /** Gemini on Vertex AI (AISLE_GEMINI_API_ENDPOINT); answers 500 until a test scripts it. */
  vertex: FakeVertex;
  /** Stops answering (the port closes) but keeps every token, dataset and job: Google "goes away". */
  pause(): Promise<void>;
  /** Answers again on the same port and with the same state: Google is back. */
  resume(): Promise<void>;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Google on one loopback port: OAuth's consent, token and revoke routes and BigQuery's REST
 * API, driven by the real client libraries. BigQuery accepts only tokens the OAuth fake issued,
 * so a run proves the sign-in really produced the credentials the query used.
 */
export const startFakeGoogle = async (
  options: { oauth?: FakeOAuthOptions; bigquery?: FakeBigQueryOptions; vertex?: FakeVertexOptions } = {},
): Promise<FakeGoogle> => {
  const oauth = createFakeOAuth({
    clientId: FAKE_CLIENT_ID,
    clientSecret: FAKE_CLIENT_SECRET,
    email: FAKE_ACCOUNT,
    ...options.oauth,
  });
  const bigquery = await createFakeBigQuery({
    authorize: (header) => oauth.isAuthorized(header),
    projects: [{ id: FAKE_PROJECT, name: 'Aisle test project' }],
    datasets: [{ projectId: FAKE_PROJECT, datasetId: 'merch_sandbox', location: 'US' }],
    ...options.bigquery,
  });
  const vertex = createFakeVertex({ authorize: (header) => oauth.isAuthorized(header), ...options.vertex });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    void (async () => {
      try {
        if (await oauth.handle(req, res, url)) return;
        if (await bigquery.handle(req, res, url)) return;
        if (await vertex.handle(req, res, url)) return;
        // The connectivity probe: any answer means "online".
        res.writeHead(404).end();
      } catch {
        if (!res.headersSent) res.writeHead(500).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const stopListening = async (): Promise<void> => {
    if (!server.listening) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  // Signed image URLs from OBJ.GET_ACCESS_URL point back at this server.
  bigquery.ai.baseUrl = url;
  return {
    url,
    oauth,
    bigquery,
    vertex,
    pause: stopListening,
    resume: () =>
      new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      }),
    close: async () => {
      await stopListening();
      bigquery.close();
    },
  };
};
