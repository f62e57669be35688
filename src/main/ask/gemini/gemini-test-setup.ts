import { OAuth2Client } from 'google-auth-library';
import { afterEach } from 'vitest';
import {
  startFakeVertexServer,
  type FakeVertex,
  type FakeVertexServer,
} from '../../../../test/google-fakes/fake-vertex';
import { createGemini, type Gemini, type GeminiOptions } from './gemini-client';

/** Test support (not shipped): the real SDK, through createGemini, against the loopback Vertex fake. */

export const TEST_TOKEN = 'ya29.fake-gemini-test-token-0123456789';
export const TEST_PROJECT = 'aisle-test-project';

const servers: FakeVertexServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

export interface GeminiHarness {
  gemini: Gemini;
  fake: FakeVertex;
  url: string;
  /** Every line createGemini logged. */
  logs: string[];
  authClient: OAuth2Client;
}

export const startGemini = async (options: Partial<GeminiOptions> = {}): Promise<GeminiHarness> => {
  const server = await startFakeVertexServer({ authorize: (header) => header === `Bearer ${TEST_TOKEN}` });
  servers.push(server);
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: TEST_TOKEN });
  const logs: string[] = [];
  const gemini = createGemini({
    authClient: () => authClient,
    project: TEST_PROJECT,
    baseUrl: server.url,
    attempts: 1,
    log: (line) => logs.push(line),
    ...options,
  });
  return { gemini, fake: server.fake, url: server.url, logs, authClient };
};
