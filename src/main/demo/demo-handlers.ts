import type { HandlerMap } from '../core/router';
import { DEMO_JOB_ID, type DemoService } from './demo-service';

export const createDemoHandlers = (demo: DemoService): HandlerMap<'demo.status' | 'demo.regenerate'> => ({
  'demo.status': () => demo.status(),
  'demo.regenerate': ({ scale, seed }) => {
    // The job runs on; its progress and outcome arrive as job.progress events.
    demo.generate(scale, seed).catch(() => undefined);
    return { jobId: DEMO_JOB_ID };
  },
});
