import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useClient } from '../../api/client-context';
import { Button } from '../../components/Button';

/**
 * The Cloud resource connection BigQuery AI functions reach Gemini through (Explore's
 * "with Gemini in BigQuery" actions). docs/bigquery-ai.md says how to create one.
 */
export const AiConnectionField = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: ['google.settings.get'],
    queryFn: () => client.call('google.settings.get', {}),
  });
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const saved = settings.data?.aiConnection ?? '';
  // Until the person types, the field shows what is saved.
  const value = draft ?? saved;
  const setValue = (next: string): void => setDraft(next);

  const save = async (): Promise<void> => {
    setMessage(null);
    try {
      const next = await client.call('google.settings.set', {
        aiConnection: value.trim() === '' ? null : value.trim(),
      });
      queryClient.setQueryData(['google.settings.get'], next);
      setDraft(null);
      setMessage({ tone: 'ok', text: next.aiConnection ? 'Saved. Explore can use BigQuery AI now.' : 'Cleared.' });
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form
      className="ai-connection"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span className="field__label">BigQuery AI connection (PROJECT.LOCATION.CONNECTION)</span>
        <input
          className="input"
          placeholder="my-shop.us.vertex-ai"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby="ai-connection-hint"
        />
      </label>
      <p id="ai-connection-hint" className="muted">
        Explore’s review summaries, aspects and image descriptions on BigQuery call Gemini through this connection; its
        service account needs the Vertex AI User role.
      </p>
      <Button type="submit" size="sm" disabled={value.trim() === saved}>
        Save connection
      </Button>
      {message && (
        <p
          className={message.tone === 'error' ? 'error-text' : 'muted'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
};
