import { useQueryClient } from '@tanstack/react-query';
import { UploadCloud } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { JobProgress } from '../../../../shared/contract';
import { useClient } from '../../api/client-context';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';

const PUBLISH_JOB_ID = 'demo-publish';

/** "Publish the demo store to my dataset", so BigQuery's AI functions can be tried on its reviews. */
export const PublishDemo = ({ projectId }: { projectId: string | null }) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const [datasetId, setDatasetId] = useState('aisle_demo');
  const [location, setLocation] = useState('US');
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);

  useEffect(
    () =>
      client.on('job.progress', (update) => {
        if (update.jobId === PUBLISH_JOB_ID) setProgress(update.state === 'running' ? update : null);
      }),
    [client],
  );

  const publish = async (): Promise<void> => {
    if (projectId === null) return;
    setMessage(null);
    try {
      const result = await client.call('demo.publish', { projectId, datasetId, location });
      await queryClient.invalidateQueries({ queryKey: ['sources.list'] });
      const rows = result.tables.reduce((sum, table) => sum + table.rows, 0);
      setMessage({
        tone: 'ok',
        text: `Published ${result.tables.length} tables (${rows.toLocaleString('en-US')} rows) to ${result.source.name}; it is now a data source.${result.note ? ` ${result.note}` : ''}`,
      });
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="publish-demo">
      <div className="settings-row__label">Publish the demo store to BigQuery</div>
      <p className="settings-row__hint">
        Uploads its tables with load jobs (free) to a dataset in {projectId ?? 'your billing project'}, so BigQuery’s AI
        functions can be tried on the demo reviews and products. Storing them costs cents a month.
      </p>
      <div className="bigquery-pickers__dataset">
        <label className="field">
          <span className="field__label">New or existing dataset</span>
          <input className="input" value={datasetId} onChange={(event) => setDatasetId(event.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Location</span>
          <select className="select" value={location} onChange={(event) => setLocation(event.target.value)}>
            <option value="US">US (multi-region)</option>
            <option value="EU">EU (multi-region)</option>
          </select>
        </label>
        <Button
          size="sm"
          icon={<UploadCloud size={14} />}
          disabled={projectId === null || progress !== null || datasetId.trim() === ''}
          title={projectId === null ? 'Choose a billing project first' : undefined}
          onClick={() => void publish()}
        >
          Publish
        </Button>
      </div>
      {progress && (
        <div className="publish-demo__progress">
          <ProgressBar fraction={progress.fraction} label="Publishing the demo store" />
          <span className="muted">{progress.stage}</span>
        </div>
      )}
      {message && (
        <p className={message.tone === 'error' ? 'error-text' : 'muted'} role="status">
          {message.text}
        </p>
      )}
    </div>
  );
};
