/**
 * Plain lists of the contract's names, with no zod import, so the sandboxed preload can
 * bundle its allowlist without pulling in the schemas. `methods.ts` and `events.ts` check
 * at compile time that these lists and the schema maps name exactly the same things.
 */
export const methodNames = [
  'app.info',
  'app.notices',
  'network.status',
  'network.recheck',
  'auth.state',
  'auth.signIn',
  'auth.cancelSignIn',
  'auth.signOut',
  'google.settings.get',
  'google.settings.set',
  'google.projects.list',
  'google.datasets.list',
  'sources.list',
  'demo.status',
  'demo.regenerate',
  'demo.publish',
  'import.preview',
  'import.run',
  'sources.remove',
  'sources.addBigQuery',
  'sources.setCurrency',
  'query.run',
  'query.cancel',
  'query.result',
  'query.rows',
  'query.estimate',
  'schema.tables',
  'history.list',
  'saved.list',
  'saved.save',
  'saved.delete',
  'editor.tabs.load',
  'editor.tabs.save',
  'export.result',
  'reports.pin',
  'reports.list',
  'reports.previews',
  'reports.get',
  'reports.refresh',
  'reports.update',
  'reports.delete',
  'reports.compare',
  'reports.exportTable',
  'reports.deck',
  'ask.question',
  'ask.suggestions',
  'ask.catalog',
  'chats.list',
  'chats.get',
  'chats.delete',
  'explore.products',
  'explore.product',
  'explore.reviews',
  'explore.image',
  'explore.pin',
  'explore.pinView',
  'explore.ai.estimate',
  'explore.ai.run',
  'explore.ai.cancel',
  'forecast.run',
  'forecast.members',
  'forecast.estimate',
  'forecast.pin',
  'forecast.cancel',
  'settings.costGuard.get',
  'settings.costGuard.set',
] as const;

export const eventNames = ['job.progress', 'network.status', 'auth.state', 'auth.consent', 'ui.navigate'] as const;

export type MethodName = (typeof methodNames)[number];
export type EventName = (typeof eventNames)[number];

/** The IPC channel a method travels on; the only channel format main listens to. */
export const ipcChannelFor = (method: MethodName): string => `aisle:${method}`;
export const IPC_EVENT_CHANNEL = 'aisle:event';
