import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useActiveSource } from '../../api/active-source';
import { useClient } from '../../api/client-context';
import { Button } from '../../components/Button';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The project jobs bill to, and "add a dataset as a source" (project, then dataset). */
export const BigQueryPickers = ({ billingProject }: { billingProject: string | null }) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const { setActiveId } = useActiveSource();
  const projects = useQuery({
    queryKey: ['google.projects.list'],
    queryFn: () => client.call('google.projects.list', {}),
    retry: false,
  });
  const [datasetProject, setDatasetProject] = useState<string | null>(null);
  const chosenProject = datasetProject ?? billingProject ?? projects.data?.projects[0]?.id ?? null;
  const datasets = useQuery({
    queryKey: ['google.datasets.list', chosenProject],
    queryFn: () => client.call('google.datasets.list', { projectId: chosenProject ?? '' }),
    enabled: chosenProject !== null,
    retry: false,
  });
  const [datasetId, setDatasetId] = useState<string>('');
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);

  const chooseBilling = async (projectId: string): Promise<void> => {
    setMessage(null);
    try {
      await client.call('google.settings.set', { billingProject: projectId === '' ? null : projectId });
      await queryClient.invalidateQueries({ queryKey: ['auth.state'] });
    } catch (error) {
      setMessage({ tone: 'error', text: messageOf(error) });
    }
  };

  const addDataset = async (): Promise<void> => {
    if (chosenProject === null || datasetId === '') return;
    setMessage(null);
    try {
      const list = await client.call('sources.addBigQuery', { projectId: chosenProject, datasetId });
      queryClient.setQueryData(['sources.list'], list);
      setActiveId(`bq:${chosenProject}.${datasetId}`);
      setMessage({ tone: 'ok', text: `Added ${chosenProject}.${datasetId} and made it the active source.` });
    } catch (error) {
      setMessage({ tone: 'error', text: messageOf(error) });
    }
  };

  if (projects.isError) {
    return (
      <p className="error-text" role="alert">
        {messageOf(projects.error)}
      </p>
    );
  }
  const projectOptions = projects.data?.projects ?? [];

  return (
    <div className="bigquery-pickers">
      <label className="field">
        <span className="field__label">Billing project (queries run and bill here)</span>
        <select
          className="select"
          aria-label="Billing project"
          value={billingProject ?? ''}
          onChange={(event) => void chooseBilling(event.target.value)}
          disabled={!projects.data}
        >
          <option value="">{projects.data ? 'Choose a project…' : 'Loading projects…'}</option>
          {projectOptions.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name === project.id ? project.id : `${project.name} (${project.id})`}
            </option>
          ))}
        </select>
      </label>
      <div className="bigquery-pickers__dataset">
        <label className="field">
          <span className="field__label">Add a dataset from project</span>
          <select
            className="select"
            aria-label="Dataset project"
            value={chosenProject ?? ''}
            onChange={(event) => {
              setDatasetProject(event.target.value);
              setDatasetId('');
            }}
            disabled={!projects.data}
          >
            {projectOptions.map((project) => (
              <option key={project.id} value={project.id}>
                {project.id}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Dataset</span>
          <select
            className="select"
            aria-label="Dataset"
            value={datasetId}
            onChange={(event) => setDatasetId(event.target.value)}
            disabled={!datasets.data}
          >
            <option value="">
              {datasets.isLoading
                ? 'Loading datasets…'
                : datasets.data?.datasets.length === 0
                  ? 'No datasets in this project'
                  : 'Choose a dataset…'}
            </option>
            {datasets.data?.datasets.map((dataset) => (
              <option key={dataset.datasetId} value={dataset.datasetId}>
                {dataset.datasetId} ({dataset.location})
              </option>
            ))}
          </select>
        </label>
        <Button size="sm" icon={<Plus size={14} />} disabled={datasetId === ''} onClick={() => void addDataset()}>
          Add source
        </Button>
      </div>
      {datasets.isError && <p className="error-text">{messageOf(datasets.error)}</p>}
      {message && (
        <p className={message.tone === 'error' ? 'error-text' : 'muted'} role="status">
          {message.text}
        </p>
      )}
    </div>
  );
};
