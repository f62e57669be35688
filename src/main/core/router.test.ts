import { describe, expect, it } from 'vitest';
import type { MethodName, ResultEnvelope } from '../../shared/contract';
import { AisleError } from './aisle-error';
import { createRouter, type HandlerMap } from './router';

const noResult = (): never => {
  throw new AisleError('not_found', 'No result.');
};

type QueryMethod = `query.${string}` | 'schema.tables' | 'history.list' | `saved.${string}` | `editor.tabs.${string}`;

const queryStubs: HandlerMap<Extract<MethodName, QueryMethod>> = {
  'query.run': noResult,
  'query.cancel': () => ({ cancelled: false }),
  'query.result': noResult,
  'query.rows': noResult,
  'query.estimate': () => ({
    statementType: 'SELECT',
    readOnly: true,
    estimatedRows: null,
    bytesProcessed: null,
    costUsd: null,
    problem: null,
  }),
  'schema.tables': () => ({ dialect: 'duckdb', tables: [] }),
  'history.list': () => ({ entries: [], total: 0 }),
  'saved.list': () => ({ queries: [] }),
  'saved.save': noResult,
  'saved.delete': () => ({ deleted: false }),
  'editor.tabs.load': () => ({ tabs: [], activeId: null }),
  'editor.tabs.save': () => ({ saved: true }),
};

const signedOut = {
  state: 'signed-out' as const,
  account: null,
  method: null,
  message: null,
  clientIdConfigured: false,
  credentialStorage: 'file' as const,
  storageWarning: null,
  billingProject: null,
};
const googleSettings = {
  oauthClientId: null,
  oauthClientSecretSet: false,
  fromEnvironment: false,
  billingProject: null,
  aiConnection: null,
};

const handlers = (overrides: Partial<HandlerMap> = {}): HandlerMap => ({
  'app.info': () => ({
    name: 'Aisle',
    version: '1.2.3',
    mode: 'web',
    dataDir: '/tmp/aisle',
    platform: 'linux x64',
    nodeVersion: '22.0.0',
    chromiumVersion: null,
    electronVersion: null,
  }),
  'app.notices': () => ({ notices: [] }),
  'network.status': () => ({ state: 'offline', detail: 'no route', checkedAt: null }),
  'network.recheck': () => ({ state: 'online', detail: 'ok', checkedAt: '2026-11-24T10:00:00.000Z' }),
  'auth.state': () => signedOut,
  'auth.signIn': () => signedOut,
  'auth.cancelSignIn': () => ({ cancelled: false }),
  'auth.signOut': () => signedOut,
  'google.settings.get': () => googleSettings,
  'google.settings.set': () => googleSettings,
  'google.projects.list': () => ({ projects: [] }),
  'google.datasets.list': () => ({ datasets: [] }),
  'sources.addBigQuery': () => ({ sources: [], activeId: 'demo' }),
  'sources.list': () => ({ sources: [], activeId: 'demo' }),
  'demo.status': () => ({ state: 'missing' }),
  'demo.regenerate': () => ({ jobId: 'demo-generate' }),
  'ask.question': () => {
    throw new AisleError('not_found', 'No source.');
  },
  'ask.suggestions': () => ({ questions: [] }),
  'ask.catalog': () => ({ measures: [], dimensions: [] }),
  'chats.list': () => ({ chats: [] }),
  'chats.get': () => {
    throw new AisleError('not_found', 'No chat.');
  },
  'chats.delete': () => ({ deleted: false }),
  'explore.products': () => {
    throw new Error('not used');
  },
  'explore.product': () => {
    throw new Error('not used');
  },
  'explore.reviews': () => ({ total: 0, reviews: [] }),
  'explore.image': () => ({ dataUrl: 'data:image/png;base64,', cached: true }),
  'explore.pin': () => {
    throw new AisleError('not_found', 'No product.');
  },
  'explore.pinView': () => {
    throw new AisleError('not_found', 'No source.');
  },
  'explore.ai.estimate': () => {
    throw new AisleError('invalid_input', 'Local source.');
  },
  'explore.ai.run': () => {
    throw new AisleError('invalid_input', 'Local source.');
  },
  'explore.ai.cancel': () => ({ cancelled: false }),
  'forecast.run': () => {
    throw new AisleError('not_found', 'No history.');
  },
  'forecast.members': () => ({ members: [] }),
  'forecast.cancel': () => ({ cancelled: false }),
  'reports.list': () => ({ reports: [], tags: [] }),
  'reports.previews': ({ ids }) => ({ previews: [], missing: ids }),
  'reports.get': () => {
    throw new AisleError('not_found', 'No report.');
  },
  'reports.refresh': () => {
    throw new AisleError('not_found', 'No report.');
  },
  'reports.update': () => {
    throw new AisleError('not_found', 'No report.');
  },
  'reports.delete': () => ({ deleted: false }),
  'reports.compare': () => {
    throw new AisleError('not_found', 'No report.');
  },
  'reports.exportTable': () => {
    throw new AisleError('not_found', 'No report.');
  },
  'reports.deck': () => {
    throw new AisleError('not_found', 'No report.');
  },
  'forecast.estimate': () => ({ bytesProcessed: 0, costUsd: 0, note: 'local' }),
  'forecast.pin': () => {
    throw new AisleError('not_found', 'No history.');
  },
  'demo.publish': () => {
    throw new AisleError('unauthorized', 'Sign in first.');
  },
  'sources.remove': () => ({ sources: [], activeId: 'demo' }),
  'sources.setCurrency': () => ({ sources: [], activeId: 'demo' }),
  'export.result': () => {
    throw new AisleError('not_found', 'No result.');
  },
  'settings.costGuard.get': () => ({ confirmAboveBytes: 1, maximumBytesBilled: 2 }),
  'settings.costGuard.set': (guard) => guard,
  'reports.pin': () => {
    throw new AisleError('not_found', 'No result.');
  },
  'import.preview': () => {
    throw new AisleError('not_found', 'No file.');
  },
  'import.run': () => {
    throw new AisleError('not_found', 'No file.');
  },
  ...queryStubs,
  ...overrides,
});

const setUp = (overrides: Partial<HandlerMap> = {}) => {
  const logged: string[] = [];
  const router = createRouter(handlers(overrides), (message) => logged.push(message));
  return { router, logged };
};

const errorOf = (envelope: ResultEnvelope<unknown>) => {
  if (envelope.ok) throw new Error(`expected an error, got ${JSON.stringify(envelope.value)}`);
  return envelope.error;
};

describe('router', () => {
  it('runs a valid call and returns the validated value', async () => {
    const { router } = setUp();
    const reply = await router.invoke('app.info', {}, { transport: 'http' });
    expect(reply).toMatchObject({ ok: true, value: { name: 'Aisle', version: '1.2.3' } });
  });

  it('treats a missing input as an empty object', async () => {
    const { router } = setUp();
    expect((await router.invoke('auth.state', undefined, { transport: 'ipc' })).ok).toBe(true);
  });

  it('refuses an unknown method by name', async () => {
    const { router } = setUp();
    const error = errorOf(await router.invoke('app.deleteEverything', {}, { transport: 'http' }));
    expect(error).toEqual({ code: 'unknown_method', message: 'Aisle has no call named "app.deleteEverything".' });
  });

  it('refuses bad input with a message naming the field, before the handler runs', async () => {
    let ran = false;
    const { router } = setUp({
      'app.info': () => {
        ran = true;
        throw new Error('must not run');
      },
    });
    const error = errorOf(await router.invoke('app.info', { verbose: true }, { transport: 'http' }));
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('verbose');
    expect(error.message).toBe('The request to app.info is not valid: field "verbose" is not expected here.');
    expect(ran).toBe(false);
  });

  it('refuses input that is not an object', async () => {
    const { router } = setUp();
    const error = errorOf(await router.invoke('sources.list', 42, { transport: 'http' }));
    expect(error).toMatchObject({ code: 'invalid_input', field: '(input)' });
  });

  it('passes an AisleError from a handler through with its message', async () => {
    const { router } = setUp({
      'sources.list': () => {
        throw new AisleError('not_found', 'The data source "shop" does not exist. Pick one in the top bar.');
      },
    });
    expect(errorOf(await router.invoke('sources.list', {}, { transport: 'ipc' }))).toEqual({
      code: 'not_found',
      message: 'The data source "shop" does not exist. Pick one in the top bar.',
    });
  });

  it('hides the text of unexpected errors from the caller and logs it instead', async () => {
    const { router, logged } = setUp({
      'auth.state': () => {
        throw new Error('ENOENT: /home/someone/.secret/token.json');
      },
    });
    const error = errorOf(await router.invoke('auth.state', {}, { transport: 'http' }));
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('secret');
    expect(logged).toEqual(['auth.state failed']);
  });

  it('refuses a reply that breaks the contract', async () => {
    const { router, logged } = setUp({
      // Deliberately wrong to prove the output check; the cast stands in for a buggy handler.
      'network.status': () => ({ state: 'sideways' }) as never,
    });
    const error = errorOf(await router.invoke('network.status', {}, { transport: 'http' }));
    expect(error.code).toBe('invalid_output');
    expect(logged[0]).toMatch(/^network\.status returned a value that breaks the contract: field "state"/);
  });
});
