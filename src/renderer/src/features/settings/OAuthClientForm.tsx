import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useClient } from '../../api/client-context';
import { Button } from '../../components/Button';

/** The Desktop OAuth client browser sign-in needs (docs/google-setup.md shows how to create one). */
export const OAuthClientForm = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: ['google.settings.get'],
    queryFn: () => client.call('google.settings.get', {}),
  });
  const [clientId, setClientId] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (!data) return null;
  if (data.fromEnvironment) {
    return (
      <p className="settings-row__hint">
        OAuth client <code>{data.oauthClientId}</code> comes from <code>AISLE_OAUTH_CLIENT_ID</code>.
      </p>
    );
  }

  const save = async (): Promise<void> => {
    setMessage(null);
    try {
      const saved = await client.call('google.settings.set', {
        ...(clientId !== null ? { oauthClientId: clientId } : {}),
        ...(secret !== '' ? { oauthClientSecret: secret } : {}),
      });
      queryClient.setQueryData(['google.settings.get'], saved);
      await queryClient.invalidateQueries({ queryKey: ['auth.state'] });
      setClientId(null);
      setSecret('');
      setMessage('Saved.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <form
      className="oauth-client"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field oauth-client__id">
        <span className="field__label">OAuth client ID (Desktop app)</span>
        <input
          className="input"
          value={clientId ?? data.oauthClientId ?? ''}
          placeholder="1234567890-abc.apps.googleusercontent.com"
          onChange={(event) => setClientId(event.target.value)}
          spellCheck={false}
        />
      </label>
      <label className="field">
        <span className="field__label">Client secret</span>
        <input
          className="input"
          type="password"
          value={secret}
          placeholder={data.oauthClientSecretSet ? 'Saved (type to replace)' : 'From the same client'}
          onChange={(event) => setSecret(event.target.value)}
          autoComplete="off"
        />
      </label>
      <Button size="sm" type="submit" disabled={clientId === null && secret === ''}>
        Save client
      </Button>
      {message && (
        <span className={message === 'Saved.' ? 'muted' : 'error-text'} role="status">
          {message}
        </span>
      )}
    </form>
  );
};
