import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DemoStatus } from '../../../shared/contract';
import { useClient } from './client-context';

const DEMO_JOB_ID = 'demo-generate';

/** The demo store's state, kept current by the generation job's progress events. */
export const useDemoStatus = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.on('job.progress', (progress) => {
        if (progress.jobId !== DEMO_JOB_ID) return;
        if (progress.state === 'running') {
          queryClient.setQueryData(['demo.status'], DemoStatus.parse({ state: 'generating', progress }));
        } else {
          void queryClient.invalidateQueries({ queryKey: ['demo.status'] });
        }
      }),
    [client, queryClient],
  );
  return useQuery({ queryKey: ['demo.status'], queryFn: () => client.call('demo.status', {}) });
};
