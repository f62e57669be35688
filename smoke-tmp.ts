import { homedir } from 'node:os';
import { join } from 'node:path';
import { createTestCore } from './src/main/core/test-core';
const core = createTestCore(join(homedir(), '.config/Aisle'));
for (const question of ['Forecast dresses for the next 8 weeks', 'what will revenue be in December', 'forecast units by category for the next 3 months', 'predict revenue next month', 'forecast sales for the next 30 days']) {
  const reply = await core.router.invoke('ask.question', { sourceId: 'demo', question }, { transport: 'ipc' });
  if (!reply.ok) { console.log(reply.error); continue; }
  const a = reply.value as any;
  console.log(question, '\n ', a.kind, a.message, JSON.stringify(a.plan), a.notes);
}
await core.stop();
